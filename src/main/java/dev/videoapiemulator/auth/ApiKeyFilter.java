package dev.videoapiemulator.auth;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Every dialect endpoint needs an API key (unless auth is off); other endpoints do not. */
public class ApiKeyFilter {

    private static final String DIALECT_PACKAGE = "dev.videoapiemulator.dialect.";

    private final KeyDirectory directory;
    private final CurrentCaller current;

    public ApiKeyFilter(KeyDirectory directory, CurrentCaller current) {
        this.directory = directory;
        this.current = current;
    }

    @ServerRequestFilter
    public void authenticate(ContainerRequestContext request, ResourceInfo resource) {
        if (resource.getResourceClass() != null && resource.getResourceClass().getName().startsWith(DIALECT_PACKAGE)) {
            current.set(directory.resolve(request.getHeaderString(HttpHeaders.AUTHORIZATION)));
        }
    }
}
