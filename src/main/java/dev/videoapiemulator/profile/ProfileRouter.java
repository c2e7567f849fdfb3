package dev.videoapiemulator.profile;

import dev.videoapiemulator.api.Profile;

import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.api.CurrentCaller;
import dev.videoapiemulator.auth.KeyDirectory;
import dev.videoapiemulator.auth.RateLimits;
import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.FieldErrors;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks the API key first, as the real services do (a keyless request with a bad body is a 401),
 * then picks the profile: a {@code /<profile>/v1} prefix, else the profile the key is bound to,
 * else the configured default. Bare paths of a non-official profile are sent to its resources.
 */
public class ProfileRouter {

    private static final String API_ROOT = "/v1";

    private final KeyDirectory keys;
    private final Profiles profiles;
    private final CurrentCaller current;
    private final RateLimits rateLimits;

    public ProfileRouter(KeyDirectory keys, Profiles profiles, CurrentCaller current, RateLimits rateLimits) {
        this.keys = keys;
        this.rateLimits = rateLimits;
        this.profiles = profiles;
        this.current = current;
    }

    @ServerRequestFilter(preMatching = true)
    public void route(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (isApi(path, 0)) {
            current.setProfile(profiles.defaultProfile());
            ApiCaller caller = authenticate(request);
            Profile profile = profiles.find(caller.profile()).orElse(profiles.defaultProfile());
            serve(request, caller, profile, profile.root() + path);
            return;
        }
        int second = path.indexOf('/', 1);
        if (second < 0 || !isApi(path, second)) {
            return;
        }
        String name = path.substring(1, second);
        Profile profile = profiles.find(name).orElseThrow(() -> unknownProfile(name).exception());
        current.setProfile(profile);
        serve(request, authenticate(request), profile, profile.root() + path.substring(second));
    }

    private void serve(ContainerRequestContext request, ApiCaller caller, Profile profile, String resourcePath) {
        current.set(caller, profile);
        if (!resourcePath.equals(request.getUriInfo().getPath())) {
            request.setRequestUri(UriBuilder.fromUri(request.getUriInfo().getRequestUri()).replacePath(resourcePath)
                    .build());
        }
    }

    private ApiCaller authenticate(ContainerRequestContext request) {
        ApiCaller caller = keys.resolve(request.getHeaderString(HttpHeaders.AUTHORIZATION),
                request.getHeaderString(ApiCaller.TEST_ID_HEADER));
        rateLimits.admit(caller.key());
        return caller;
    }

    /** True when {@code /v1} stands at {@code from} as a whole path segment. */
    public static boolean isApi(String path, int from) {
        return path.startsWith(API_ROOT, from)
                && (path.length() == from + API_ROOT.length() || path.charAt(from + API_ROOT.length()) == '/');
    }

    private ApiError unknownProfile(String name) {
        return ApiError.notFound("Unknown profile '" + name + "'. The profiles are: "
                + FieldErrors.quotedList(profiles.names()) + ". See GET /profiles.");
    }
}
