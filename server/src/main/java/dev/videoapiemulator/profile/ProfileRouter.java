package dev.videoapiemulator.profile;

import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.CurrentCaller;
import dev.videoapiemulator.api.FieldErrors;
import dev.videoapiemulator.api.Profile;
import dev.videoapiemulator.auth.KeyDirectory;
import dev.videoapiemulator.auth.RateLimits;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Picks the profile of each API request and checks the API key first, as the real services do (a
 * keyless request with a bad body is a 401): a {@code /<profile>/v1} prefix, else the profile the
 * key is bound to, else the configured default. Bare paths of a non-official profile are sent to
 * its resources.
 */
public class ProfileRouter {

    private final KeyDirectory keys;
    private final CurrentCaller current;
    private final RateLimits rateLimits;
    private final ProfilePaths paths;

    public ProfileRouter(KeyDirectory keys, CurrentCaller current, RateLimits rateLimits, ProfilePaths paths) {
        this.keys = keys;
        this.rateLimits = rateLimits;
        this.current = current;
        this.paths = paths;
    }

    @ServerRequestFilter(preMatching = true)
    public void route(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        ProfilePaths.Route route = paths.route(path, authorization);
        if (route == null) {
            return;
        }
        // Named before the key is checked, so that a 401 or 429 is worded by the profile serving the path.
        current.setProfile(route.profile());
        ApiCaller caller = keys.resolve(authorization, request.getHeaderString(ApiCaller.TEST_ID_HEADER),
                route.credentials());
        rateLimits.admit(caller.key());
        current.set(caller, route.profile());
        if (!route.resourcePath().equals(path)) {
            request.setRequestUri(UriBuilder.fromUri(request.getUriInfo().getRequestUri())
                    .replacePath(route.resourcePath()).build());
        }
    }

    static ApiError unknownProfile(String name, Profiles profiles) {
        return ApiError.notFound("Unknown profile '" + name + "'. The profiles are: "
                + FieldErrors.quotedList(profiles.names()) + ". See GET /profiles.");
    }
}
