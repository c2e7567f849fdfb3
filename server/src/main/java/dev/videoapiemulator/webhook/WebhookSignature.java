package dev.videoapiemulator.webhook;

import dev.videoapiemulator.scenario.WebhookEndpoint;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.StringJoiner;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signing, as OpenAI signs its webhooks and its SDKs verify them: HMAC-SHA256 over
 * {@code {webhook-id}.{webhook-timestamp}.{body}}, keyed with the base64-decoded secret after
 * {@code whsec_} (or the secret's own bytes without that prefix), sent as {@code v1,<base64>}; several
 * secrets give several signatures, space-separated, as Standard Webhooks allows.
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

    static String signAll(List<String> secrets, String webhookId, long timestamp, String body) {
        StringJoiner signatures = new StringJoiner(" ");
        secrets.forEach(secret -> signatures.add(sign(secret, webhookId, timestamp, body)));
        return signatures.toString();
    }

    /** A fresh secret in OpenAI's format, 32 random bytes. */
    static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return WebhookEndpoint.SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }
}
