package dev.videoapiemulator.auth;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every API call needs a key (unless auth is off), checked before anything else about the request,
 * as the real API does: a keyless request with a bad body is a 401, not a 400. The control API
 * under /__emulator has its own guard.
 */
public class ApiKeyFilter {

    private static final String CONTROL_PREFIX = "/__emulator";

    private final KeyDirectory directory;
    private final CurrentCaller current;

    public ApiKeyFilter(KeyDirectory directory, CurrentCaller current) {
        this.directory = directory;
        this.current = current;
    }

    @ServerRequestFilter(preMatching = true)
    public void authenticate(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith(CONTROL_PREFIX)) {
            current.set(directory.resolve(request.getHeaderString(HttpHeaders.AUTHORIZATION)));
        }
    }
}
