package dev.videoapiemulator.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Kling API tokens made as Kling's own client makes them: HS256 over base64url header and payload. */
public final class KlingTokens {

    /** The test access key with a secret in fixtures-test/kling-official.json. */
    public static final String ACCESS_KEY = "ak-kling-test";
    public static final String SECRET = "kling-test-secret";
    private static final String HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";

    private KlingTokens() {
    }

    /** Valid from five seconds ago for thirty minutes, as Kling's examples sign it. */
    public static String valid(String accessKey, String secret) {
        long now = Instant.now().getEpochSecond();
        return signed(accessKey, secret, now + 1800, now - 5);
    }

    public static String signed(String accessKey, String secret, long exp, long nbf) {
        return sign(HEADER, "{\"iss\":\"" + accessKey + "\",\"exp\":" + exp + ",\"nbf\":" + nbf + "}", secret);
    }

    public static String sign(String header, String payload, String secret) {
        String signedPart = base64url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64url(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return signedPart + "." + base64url(mac.doFinal(signedPart.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String base64url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
