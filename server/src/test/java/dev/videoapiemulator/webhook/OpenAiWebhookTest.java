package dev.videoapiemulator.webhook;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.Headers;
import com.openai.errors.InvalidWebhookSignatureException;
import com.openai.models.webhooks.UnwrapWebhookEvent;
import com.openai.models.webhooks.WebhookVerificationParams;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** OpenAI's signed video events, checked by a real receiver with the official SDK's verification. */
@QuarkusTest
class OpenAiWebhookTest {

    private final Hooks hooks = new Hooks();
    private final Receiver receiver = new Receiver();
    private final String secret = WebhookSignature.newSecret();

    @AfterEach
    void close() {
        receiver.close();
        hooks.reset();
    }

    @Test
    void completedVideoIsSignedSoTheOfficialSdkUnwrapsIt() {
        hooks.endpoint(Map.of("url", receiver.url("/openai"), "secret", secret));
        String id = hooks.video();
        hooks.advance(Duration.ofMinutes(1));

        Receiver.Received got = receiver.awaitCount(1).get(0);
        UnwrapWebhookEvent event = sdk(secret).webhooks().unwrap(params(got));
        // Video events are no member of the SDK's union: they come through as unknown JSON.
        @SuppressWarnings("unchecked")
        Map<String, Object> json = event._json().orElseThrow().convert(Map.class);
        assertEquals("event", json.get("object"));
        assertEquals("video.completed", json.get("type"));
        assertEquals(Map.of("id", id), json.get("data"));
        assertTrue(((String) json.get("id")).startsWith("evt_"));
        assertTrue(got.header("webhook-id").startsWith("wh_"));
        assertTrue(got.header("webhook-signature").startsWith("v1,"));
        assertEquals("application/json", got.header("content-type"));

        assertThrows(InvalidWebhookSignatureException.class,
                () -> sdk(WebhookSignature.newSecret()).webhooks().unwrap(params(got)));
    }

    @Test
    void failedVideoSendsVideoFailedToEndpointsThatWantIt() {
        Receiver onlyCompleted = new Receiver();
        try {
            hooks.endpoint(Map.of("url", receiver.url("/failed"), "secret", secret, "events", List.of("video.failed")));
            hooks.endpoint(Map.of("url", onlyCompleted.url("/completed"), "secret", secret,
                    "events", List.of("video.completed")));
            String id = hooks.video();
            given().post("/__emulator/jobs/" + id + "/fail?code=internal_error").then().statusCode(200);

            Receiver.Received got = receiver.awaitCount(1).get(0);
            sdk(secret).webhooks().verifySignature(params(got));
            assertTrue(got.body().contains("\"type\":\"video.failed\""), got.body());
            assertTrue(got.body().contains("\"data\":{\"id\":\"" + id + "\"}"), got.body());
            hooks.advance(Duration.ofMinutes(1));
            assertEquals(List.of(), onlyCompleted.received());
        } finally {
            onlyCompleted.close();
        }
    }

    @Test
    void aFailedAttemptIsRetriedOnTheEmulatorsClockWithTheSameWebhookId() {
        receiver.answering(500);
        hooks.endpoint(Map.of("url", receiver.url("/retry"), "secret", secret));
        String id = hooks.video();
        hooks.advance(Duration.ofMinutes(1));
        receiver.awaitCount(1);
        await().until(() -> hooks.deliveries("outcome", "retrying").size() == 1);

        hooks.advance(Duration.ofSeconds(5));
        List<Receiver.Received> got = receiver.awaitCount(2);
        assertEquals(got.get(0).header("webhook-id"), got.get(1).header("webhook-id"));
        assertEquals(got.get(0).body(), got.get(1).body());
        sdk(secret).webhooks().verifySignature(params(got.get(1)));

        await().until(() -> hooks.deliveries("job_id", id).size() == 2);
        List<Map<String, Object>> attempts = hooks.deliveries("job_id", id);
        Map<String, Object> first = attempts.get(1);
        Map<String, Object> second = attempts.get(0);
        assertEquals(1, first.get("attempt"));
        assertEquals(500, first.get("status"));
        assertEquals("retrying", first.get("outcome"));
        assertEquals("HTTP 500", first.get("error"));
        assertEquals(2, second.get("attempt"));
        assertEquals(200, second.get("status"));
        assertEquals("delivered", second.get("outcome"));
        assertEquals(got.get(0).header("webhook-id"), second.get("webhook_id"));
        assertEquals("video.completed", second.get("event"));
        assertEquals(receiver.url("/retry"), second.get("url"));
        assertTrue(((Number) second.get("time")).longValue() - ((Number) first.get("time")).longValue() >= 5000);
    }

    @Test
    void theWebhookWaitsForTheOwningTestsClockNotAnotherTestsOrTheGlobalOne() throws InterruptedException {
        given().queryParam("test_id", hooks.testId).post("/__emulator/clock/freeze").then().statusCode(200);
        hooks.endpoint(Map.of("url", receiver.url("/own-clock"), "secret", secret));
        String id = hooks.video();
        Hooks other = new Hooks();
        try {
            other.advance(Duration.ofHours(1));
            given().post("/__emulator/clock/advance?by=PT1H").then().statusCode(200);
            Thread.sleep(600);
            assertEquals(List.of(), receiver.received());

            hooks.advance(Duration.ofMinutes(1));
            assertTrue(receiver.awaitCount(1).get(0).body().contains(id));
        } finally {
            other.reset();
            given().post("/__emulator/reset").then().statusCode(200);
        }
    }

    @Test
    void aDeletedVideoSendsNothing() {
        hooks.endpoint(Map.of("url", receiver.url("/deleted"), "secret", secret));
        String id = hooks.video();
        hooks.api().delete("/v1/videos/" + id).then().statusCode(200);
        hooks.advance(Duration.ofMinutes(1));
        hooks.video();
        hooks.advance(Duration.ofMinutes(1));
        List<Receiver.Received> got = receiver.awaitCount(1);
        assertEquals(1, got.size());
        assertTrue(!got.get(0).body().contains(id));
    }

    @Test
    void anEndpointForAnotherKeyHearsNothing() {
        Receiver ownKey = new Receiver();
        try {
            hooks.endpoint(Map.of("url", receiver.url("/other"), "secret", secret, "key", "sk-someone-else"));
            hooks.endpoint(Map.of("url", ownKey.url("/own"), "secret", secret, "key", hooks.key));
            hooks.video();
            hooks.advance(Duration.ofMinutes(1));
            ownKey.awaitCount(1);
            assertEquals(List.of(), receiver.received());
            await().until(() -> hooks.deliveries("key", hooks.key).size() == 1);
        } finally {
            ownKey.close();
        }
    }

    static OpenAIClient sdk(String secret) {
        return OpenAIOkHttpClient.builder().apiKey("sk-unused").webhookSecret(secret).build();
    }

    static WebhookVerificationParams params(Receiver.Received got) {
        return WebhookVerificationParams.builder().payload(got.body())
                .headers(Headers.builder().put("webhook-id", got.header("webhook-id"))
                        .put("webhook-timestamp", got.header("webhook-timestamp"))
                        .put("webhook-signature", got.header("webhook-signature")).build())
                .build();
    }
}
