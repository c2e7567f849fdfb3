package dev.videoapiemulator.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.openai.core.http.Headers;
import com.openai.errors.InvalidWebhookSignatureException;
import com.openai.models.webhooks.WebhookVerificationParams;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Signing against OpenAI's published test vector, and against the official SDK's verification. */
class WebhookSignatureTest {

    /** From openai-node's tests, "taken from a real webhook event"; byte-exact. */
    static final String SECRET = "whsec_RdvaYFYUXuIFuEbvZHwMfYFhUf7aMYjYcmM24+Aj40c=";
    static final String ID = "wh_685c059ae39c8190af8c71ed1022a24d";
    static final long TIMESTAMP = 1750861210;
    static final String BODY = "{\"id\": \"evt_685c059ae3a481909bdc86819b066fb6\", \"object\": \"event\", "
            + "\"created_at\": 1750861210, \"type\": \"response.completed\", \"data\": {\"id\": \"resp_123\"}}";
    static final String SIGNATURE = "v1,gUAg4R2hWouRZqRQG4uJypNS8YK885G838+EHb4nKBY=";

    @Test
    void signsTheOfficialTestVectorAsOpenAiDid() {
        assertEquals(SIGNATURE, WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY));
    }

    @Test
    void theOfficialSdkAcceptsTheVectorAndRefusesAnotherSecret() {
        WebhookVerificationParams params = vector(SIGNATURE);
        // The vector is from 2025: only a wide tolerance lets its timestamp pass the freshness check.
        OpenAiWebhookTest.sdk(SECRET).webhooks().verifySignature(params);
        assertThrows(InvalidWebhookSignatureException.class,
                () -> OpenAiWebhookTest.sdk(WebhookSignature.newSecret()).webhooks().verifySignature(params));
    }

    @Test
    void aSecretWithoutThePrefixIsUsedAsItsOwnBytes() {
        String signature = WebhookSignature.sign("plain-secret", ID, TIMESTAMP, BODY);
        OpenAiWebhookTest.sdk("plain-secret").webhooks().verifySignature(vector(signature));
    }

    @Test
    void aPrefixedSecretMustBeBase64() {
        assertThrows(IllegalArgumentException.class, () -> WebhookSignature.sign("whsec_***", ID, TIMESTAMP, BODY));
    }

    private static WebhookVerificationParams vector(String signature) {
        return WebhookVerificationParams.builder().payload(BODY)
                .headers(Headers.builder().put("webhook-id", ID).put("webhook-timestamp", String.valueOf(TIMESTAMP))
                        .put("webhook-signature", signature).build())
                .tolerance(Duration.ofDays(365 * 100))
                .build();
    }
}
