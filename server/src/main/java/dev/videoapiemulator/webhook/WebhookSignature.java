package dev.videoapiemulator.webhook;

import dev.videoapiemulator.scenario.WebhookEndpoint;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signing, as OpenAI signs its webhooks and its SDKs verify them: HMAC-SHA256 over
 * {@code {webhook-id}.{webhook-timestamp}.{body}}, keyed with the base64-decoded secret after
 * {@code whsec_} (or the secret's own bytes without that prefix), sent as {@code v1,<base64>}.
 */
public final class WebhookSignature {

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    public static String sign(String secret, String webhookId, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(WebhookEndpoint.signingKey(secret), "HmacSHA256"));
            byte[] digest = mac.doFinal((webhookId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** A fresh secret in OpenAI's format, 32 random bytes. */
    static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return WebhookEndpoint.SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }
}
