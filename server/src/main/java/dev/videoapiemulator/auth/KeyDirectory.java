package dev.videoapiemulator.auth;

import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.api.Credentials;
import dev.videoapiemulator.config.AuthMode;
import dev.videoapiemulator.config.EmulatorConfig;
import dev.videoapiemulator.scenario.ApiKeyFixture;
import dev.videoapiemulator.scenario.Fixtures;
import dev.videoapiemulator.api.ApiError;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Decides whether a bearer key may call, and what it is bound to, under the configured auth mode. */
// A singleton, not a proxied bean: it is called on every request.
@Singleton
public class KeyDirectory {

    /** Owner of the jobs of key-less calls when auth is off. */
    static final String ANONYMOUS = "anonymous";

    /** OpenAI's words for a request without a key, which dialects that word it otherwise recognise it by. */
    public static final String MISSING_KEY = "You didn't provide an API key. You need to provide your API key in an"
            + " Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field"
            + " (with blank username) if you're accessing the API from your browser and are prompted for a username."
            + " You can obtain an API key from https://platform.openai.com/account/api-keys.";

    private final AuthMode mode;
    private final Set<String> configuredKeys;
    private final Fixtures fixtures;

    public KeyDirectory(EmulatorConfig config, Fixtures fixtures) {
        this.mode = config.auth().mode();
        this.configuredKeys = Set.copyOf(config.auth().keys().orElse(List.of()));
        this.fixtures = fixtures;
    }

    /**
     * The caller for an Authorization header value and a test id header value (either possibly
     * null) proving itself with {@code credentials}, or the 401 to answer.
     */
    public ApiCaller resolve(String authorization, String testIdHeader, Credentials credentials) {
        String key = bearerKey(authorization);
        String testId = ApiCaller.testIdFrom(testIdHeader);
        if (key == null) {
            if (mode == AuthMode.OFF) {
                return new ApiCaller(ANONYMOUS, null, null, testId, credentials);
            }
            throw credentials == Credentials.SIGNED_TOKEN ? SignedTokens.empty()
                    : ApiError.invalidRequest(401, MISSING_KEY, null, "invalid_api_key").exception();
        }
        if (credentials == Credentials.SIGNED_TOKEN) {
            return tokenCaller(key, testId);
        }
        ApiKeyFixture declared = fixtures.current().keys().get(key);
        if (declared != null) {
            return new ApiCaller(key, declared.profile(), declared.tier(), testId, credentials);
        }
        if (mode == AuthMode.KEYS && !configuredKeys.contains(key)) {
            throw ApiError.invalidRequest(401, "Incorrect API key provided: " + mask(key)
                    + ". You can find your API key at https://platform.openai.com/account/api-keys.", null,
                    "invalid_api_key").exception();
        }
        return new ApiCaller(key, null, null, testId, credentials);
    }

    /**
     * A token's caller is its access key. A key with a secret in fixtures has the token's signature
     * checked; in {@code any} and {@code off} modes a token of another issuer passes unsigned, so a
     * client can sign with whatever pair it has; in {@code keys} mode it is refused. Times are checked
     * in every mode.
     */
    private ApiCaller tokenCaller(String bearer, String testId) {
        SignedTokens.Token token = SignedTokens.read(bearer);
        ApiKeyFixture declared = fixtures.current().keys().get(token.issuer());
        String secret = declared == null ? null : declared.secret();
        if (secret == null && mode == AuthMode.KEYS) {
            throw SignedTokens.unknownIssuer(token.issuer());
        }
        if (secret != null) {
            token.checkSignature(secret);
        }
        // Tokens are signed with the client's real time: the wall clock checks them, never a test's.
        token.checkTimes(Instant.now());
        return new ApiCaller(token.issuer(), declared == null ? null : declared.profile(),
                declared == null ? null : declared.tier(), testId, Credentials.SIGNED_TOKEN);
    }

    /** The profile a key, or the access key a token claims as its issuer, is bound to in fixtures, whether or not it may call. */
    public Optional<String> boundProfile(String authorization) {
        String key = bearerKey(authorization);
        if (key == null) {
            return Optional.empty();
        }
        ApiKeyFixture declared = fixtures.current().keys().get(key);
        if (declared == null) {
            declared = SignedTokens.claimedIssuer(key).map(fixtures.current().keys()::get).orElse(null);
        }
        return Optional.ofNullable(declared == null ? null : declared.profile());
    }

    /** The key of a {@code Bearer} Authorization header value, or null when there is none. */
    public static String bearerKey(String authorization) {
        if (authorization == null) {
            return null;
        }
        String value = authorization.strip();
        if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            value = value.substring(7).strip();
        } else {
            return null;
        }
        return value.isEmpty() ? null : value;
    }

    /** OpenAI shows the start and end of a wrong key and stars for the rest. */
    static String mask(String key) {
        if (key.length() <= 8) {
            return "*".repeat(key.length());
        }
        return key.substring(0, 3) + "*".repeat(key.length() - 7) + key.substring(key.length() - 4);
    }
}
