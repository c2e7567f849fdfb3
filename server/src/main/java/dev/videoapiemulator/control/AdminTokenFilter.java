package dev.videoapiemulator.control;

import dev.videoapiemulator.auth.KeyDirectory;
import dev.videoapiemulator.config.EmulatorConfig;
import dev.videoapiemulator.api.ApiError;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Guards the control API when {@code emulator.control.token} is set: a shared emulator must not be
 * reset, or its jobs forced, by anyone who can merely reach it. Without a token the API is open.
 */
public class AdminTokenFilter {

    static final String TOKEN_HEADER = "X-Emulator-Admin-Token";
    private static final String CONTROL_ROOT = "/__emulator";

    private final byte[] token;

    public AdminTokenFilter(EmulatorConfig config) {
        this.token = config.control().token().map(t -> t.getBytes(StandardCharsets.UTF_8)).orElse(null);
    }

    @ServerRequestFilter(preMatching = true)
    public void guard(ContainerRequestContext request) {
        if (token == null || !request.getUriInfo().getPath().startsWith(CONTROL_ROOT)) {
            return;
        }
        if (!matches(request.getHeaderString(TOKEN_HEADER))
                && !matches(KeyDirectory.bearerKey(request.getHeaderString(HttpHeaders.AUTHORIZATION)))) {
            throw ApiError.invalidRequest(401, "This emulator's control API needs its admin token: send it as"
                    + " 'Authorization: Bearer <token>' or in the " + TOKEN_HEADER + " header.", null,
                    "invalid_admin_token").exception();
        }
    }

    /** In constant time, so the token cannot be guessed a byte at a time from response times. */
    private boolean matches(String offered) {
        return offered != null && MessageDigest.isEqual(token, offered.getBytes(StandardCharsets.UTF_8));
    }
}
