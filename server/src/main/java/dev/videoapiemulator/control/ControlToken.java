package dev.videoapiemulator.control;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.auth.KeyDirectory;
import dev.videoapiemulator.config.EmulatorConfig;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The admin token of {@code emulator.control.token}, and the ways a request may carry it: a header,
 * a bearer key, or the dashboard's cookie (a browser cannot send a header when it navigates, so the
 * dashboard takes the token once as a query parameter and answers with this HttpOnly cookie).
 */
@Singleton
public class ControlToken {

    public static final String HEADER = "X-Emulator-Admin-Token";
    public static final String COOKIE = "emulator_admin_token";

    private final byte[] token;

    public ControlToken(EmulatorConfig config) {
        this.token = config.control().token().map(t -> t.getBytes(StandardCharsets.UTF_8)).orElse(null);
    }

    public boolean required() {
        return token != null;
    }

    /** True when no token is set, or when one of the offered values is it. */
    public boolean admits(String header, String authorization, String cookie) {
        return token == null || matches(header) || matches(KeyDirectory.bearerKey(authorization)) || matches(cookie);
    }

    /** In constant time, so the token cannot be guessed a byte at a time from response times. */
    public boolean matches(String offered) {
        return offered != null && MessageDigest.isEqual(token, offered.getBytes(StandardCharsets.UTF_8));
    }

    public static ApiError refusal() {
        return ApiError.invalidRequest(401, "This emulator's control API needs its admin token: send it as"
                + " 'Authorization: Bearer <token>' or in the " + HEADER + " header (the dashboard: open it once"
                + " with ?token=<token>).", null, "invalid_admin_token");
    }
}
