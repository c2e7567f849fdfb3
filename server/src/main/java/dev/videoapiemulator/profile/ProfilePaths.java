package dev.videoapiemulator.profile;

import dev.videoapiemulator.api.ApiException;
import dev.videoapiemulator.api.Credentials;
import dev.videoapiemulator.api.Profile;
import dev.videoapiemulator.auth.KeyDirectory;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * The one rule for which profile a path speaks, used by the REST router and by the errors answered
 * below it alike: a path a profile is hosted at under another's prefix speaks the hosted profile
 * ({@code /kling/v1/videos/text2video...} is Kling's official API as new-api routes it, with the
 * relay's API keys); else {@code /<profile>/v1/...} speaks that profile, a bare {@code /v1/...} the
 * one its key is bound to or the default; other paths (the control API, health) speak none.
 */
@Singleton
public class ProfilePaths {

    private static final String API_ROOT = "/v1";

    /** The profile serving a request, the path of the resource that serves it, and what its callers prove themselves with. */
    public record Route(Profile profile, String resourcePath, Credentials credentials) {

        Route(Profile profile, String resourcePath) {
            this(profile, resourcePath, profile.credentials());
        }
    }

    @Inject
    Profiles profiles;
    @Inject
    KeyDirectory keys;

    /** The route of an API path, or null for a path outside the APIs; an unknown prefix is a 404. */
    public Route route(String path, String authorization) {
        if (isApi(path, 0)) {
            Profile profile = keys.boundProfile(authorization).flatMap(profiles::find)
                    .orElse(profiles.defaultProfile());
            return new Route(profile, profile.root() + path);
        }
        int second = path.indexOf('/', 1);
        if (second < 0 || !isApi(path, second)) {
            return null;
        }
        Profile hosted = profiles.hosting(path);
        if (hosted != null) {
            return new Route(hosted, hosted.root() + path.substring(second), Credentials.API_KEY);
        }
        String name = path.substring(1, second);
        Profile profile = profiles.find(name)
                .orElseThrow(() -> ProfileRouter.unknownProfile(name, profiles).exception());
        return new Route(profile, profile.root() + path.substring(second));
    }

    /** The profile whose words an error on this path is written in: never fails, OpenAI's outside the APIs. */
    public Profile wording(String path, String authorization) {
        try {
            Route route = route(path, authorization);
            return route == null ? profiles.find(Profile.OFFICIAL).orElseThrow() : route.profile();
        } catch (ApiException unknownPrefix) {
            return profiles.find(Profile.OFFICIAL).orElseThrow();
        }
    }

    /** {@code /v1/...} or {@code /<prefix>/v1/...}, known prefix or not. */
    public static boolean isApiPath(String path) {
        if (path == null) {
            return false;
        }
        int second = path.indexOf('/', 1);
        return isApi(path, 0) || (second > 0 && isApi(path, second));
    }

    /** True when {@code /v1} stands at {@code from} as a whole path segment. */
    private static boolean isApi(String path, int from) {
        return path.startsWith(API_ROOT, from)
                && (path.length() == from + API_ROOT.length() || path.charAt(from + API_ROOT.length()) == '/');
    }
}
