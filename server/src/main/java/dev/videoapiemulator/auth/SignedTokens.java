package dev.videoapiemulator.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoapiemulator.api.ApiError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Kling's API tokens: a JWT (RFC 7519) signed HS256 with the secret key, its {@code iss} the access
 * key, valid from {@code nbf} (optional) until {@code exp}. Each way a token can be refused has its
 * own code, which Kling's error shape turns into its numbers (1001 to 1004, 1000 for a signature).
 */
final class SignedTokens {

    static final String EMPTY = "authorization_empty";
    static final String INVALID = "authorization_invalid";
    static final String FAILED = "authentication_failed";
    static final String NOT_YET_VALID = "authorization_not_yet_valid";
    static final String EXPIRED = "authorization_expired";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();
    private static final String HMAC = "HmacSHA256";

    /** A token's parts once it is known to be well formed; times in Unix seconds, {@code notBefore} null when absent. */
    record Token(String signedPart, byte[] signature, String issuer, long expires, Long notBefore) {

        /** Refuses a token outside its validity at {@code now}: exp is the first instant it is no longer valid. */
        void checkTimes(Instant now) {
            long seconds = now.getEpochSecond();
            if (notBefore != null && seconds < notBefore) {
                throw refused(NOT_YET_VALID, "Authorization is not yet valid: the token's nbf (" + notBefore
                        + ") is after now (" + seconds + "). Wait for it to take effect or issue another.");
            }
            if (seconds >= expires) {
                throw refused(EXPIRED, "Authorization has expired: the token's exp (" + expires + ") is not after"
                        + " now (" + seconds + "). Issue another.");
            }
        }

        void checkSignature(String secret) {
            byte[] expected;
            try {
                Mac mac = Mac.getInstance(HMAC);
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC));
                expected = mac.doFinal(signedPart.getBytes(StandardCharsets.US_ASCII));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("every JDK has HmacSHA256", e);
            }
            if (!MessageDigest.isEqual(expected, signature)) {
                throw refused(FAILED, "Authentication failed: the token's signature does not match the secret key of"
                        + " access key '" + issuer + "'.");
            }
        }
    }

    private SignedTokens() {
    }

    /** True when the bearer value has the three dot-separated parts of a JWT, so is read as one. */
    static boolean looksLikeToken(String bearer) {
        int first = bearer.indexOf('.');
        int second = first < 0 ? -1 : bearer.indexOf('.', first + 1);
        return second > 0 && bearer.indexOf('.', second + 1) < 0;
    }

    /** The issuer of a token, without checking it: which access key, so which profile, it claims. */
    static Optional<String> claimedIssuer(String bearer) {
        if (!looksLikeToken(bearer)) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(bearer).issuer());
        } catch (RuntimeException notAToken) {
            return Optional.empty();
        }
    }

    /** The token's parts, or Kling's "Authorization is invalid" for anything that is not an HS256 JWT with iss and exp. */
    static Token read(String bearer) {
        String[] parts = bearer.split("\\.", -1);
        if (parts.length != 3 || parts[2].isEmpty()) {
            throw invalid("expected a JWT of three base64url parts (header.payload.signature)");
        }
        JsonNode header = json(parts[0], "header");
        if (!"HS256".equals(header.path("alg").asText(null))) {
            throw invalid("the token's header must name alg HS256, but names " + header.path("alg"));
        }
        JsonNode payload = json(parts[1], "payload");
        JsonNode issuer = payload.path("iss");
        if (!issuer.isTextual() || issuer.asText().isBlank()) {
            throw invalid("the token's payload has no iss (the access key)");
        }
        JsonNode expires = payload.path("exp");
        if (!expires.isIntegralNumber() || !expires.canConvertToLong()) {
            throw invalid("the token's payload has no exp (Unix seconds)");
        }
        JsonNode notBefore = payload.path("nbf");
        if (!notBefore.isMissingNode() && (!notBefore.isIntegralNumber() || !notBefore.canConvertToLong())) {
            throw invalid("the token's nbf must be Unix seconds, but is " + notBefore);
        }
        return new Token(parts[0] + "." + parts[1], decode(parts[2], "signature"), issuer.asText(),
                expires.longValue(), notBefore.isMissingNode() ? null : notBefore.longValue());
    }

    static RuntimeException empty() {
        return refused(EMPTY, "Authorization is empty: send Authorization: Bearer <token>, a JWT signed HS256 with"
                + " your secret key.");
    }

    static RuntimeException unknownIssuer(String issuer) {
        return refused(INVALID, "Authorization is invalid: no access key '" + issuer + "' is known here.");
    }

    private static RuntimeException invalid(String why) {
        return refused(INVALID, "Authorization is invalid: " + why + ".");
    }

    private static RuntimeException refused(String code, String message) {
        return new ApiError(401, "authentication_error", message, null, code).exception();
    }

    private static JsonNode json(String part, String name) {
        try {
            JsonNode node = JSON.readTree(decode(part, name));
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (IOException e) {
            // answered below, as for JSON that is not an object
        }
        throw invalid("the token's " + name + " is not a JSON object");
    }

    private static byte[] decode(String part, String name) {
        try {
            return BASE64URL.decode(part);
        } catch (IllegalArgumentException e) {
            throw invalid("the token's " + name + " is not base64url");
        }
    }
}
