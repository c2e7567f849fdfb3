package dev.videoapiemulator.control;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Guards the control API when {@code emulator.control.token} is set: a shared emulator must not be
 * reset, or its jobs forced, by anyone who can merely reach it. Without a token the API is open.
 */
public class AdminTokenFilter {

    static final String TOKEN_HEADER = ControlToken.HEADER;
    private static final String CONTROL_ROOT = "/__emulator";
    /** The one page that takes the token as a query parameter, to set the dashboard's cookie. */
    private static final String UI_PAGE = "/__emulator/ui";

    private final ControlToken token;

    public AdminTokenFilter(ControlToken token) {
        this.token = token;
    }

    @ServerRequestFilter(preMatching = true)
    public void guard(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!token.required() || !path.startsWith(CONTROL_ROOT)) {
            return;
        }
        Cookie cookie = request.getCookies().get(ControlToken.COOKIE);
        boolean admitted = token.admits(request.getHeaderString(TOKEN_HEADER),
                request.getHeaderString(HttpHeaders.AUTHORIZATION), cookie == null ? null : cookie.getValue())
                || (path.equals(UI_PAGE) && token.matches(request.getUriInfo().getQueryParameters().getFirst("token")));
        if (!admitted) {
            throw ControlToken.refusal().exception();
        }
    }
}
