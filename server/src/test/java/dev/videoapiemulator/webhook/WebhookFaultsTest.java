package dev.videoapiemulator.webhook;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.errors.InvalidWebhookSignatureException;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A scenario's webhook section breaks the notifications of the jobs it shapes, one way each. */
@QuarkusTest
class WebhookFaultsTest {

    private final Hooks hooks = new Hooks();
    private final Receiver receiver = new Receiver();
    private final String secret = WebhookSignature.newSecret();

    @AfterEach
    void close() {
        receiver.close();
        hooks.reset();
    }

    private void breakWith(String webhook) {
        hooks.scenario("{\"name\":\"broken\",\"match\":{\"method\":\"POST\"},\"webhook\":" + webhook + "}");
        hooks.endpoint(Map.of("url", receiver.url("/hook"), "secret", secret));
    }

    @Test
    void aDroppedEventIsNeverSentButRecorded() {
        breakWith("{\"drop\":true}");
        String id = hooks.video();
        hooks.advance(Duration.ofMinutes(1));
        await().until(() -> hooks.deliveries("job_id", id).size() == 1);
        Map<String, Object> dropped = hooks.deliveries("job_id", id).get(0);
        assertEquals("dropped", dropped.get("outcome"));
        assertEquals(0, dropped.get("attempt"));
        assertEquals("broken", dropped.get("scenario"));
        assertEquals("dropped by scenario 'broken'", dropped.get("error"));
        assertEquals(List.of(), receiver.received());
    }

    @Test
    void aDuplicatedEventArrivesTwiceWithOneWebhookId() {
        breakWith("{\"duplicate\":true}");
        hooks.video();
        hooks.advance(Duration.ofMinutes(1));
        List<Receiver.Received> got = receiver.awaitCount(2);
        assertEquals(got.get(0).header("webhook-id"), got.get(1).header("webhook-id"));
        assertEquals(got.get(0).body(), got.get(1).body());
        OpenAiWebhookTest.sdk(secret).webhooks().verifySignature(OpenAiWebhookTest.params(got.get(1)));
    }

    @Test
    void aWronglySignedEventFailsTheOfficialVerification() {
        breakWith("{\"wrong_secret\":true}");
        hooks.video();
        hooks.advance(Duration.ofMinutes(1));
        Receiver.Received got = receiver.awaitCount(1).get(0);
        assertThrows(InvalidWebhookSignatureException.class,
                () -> OpenAiWebhookTest.sdk(secret).webhooks().unwrap(OpenAiWebhookTest.params(got)));
    }

    @Test
    void aDelayedEventWaitsForTheEmulatorsClock() {
        breakWith("{\"delay\":\"10m\"}");
        String id = hooks.video();
        hooks.advance(Duration.ofMinutes(1));
        hooks.api().get("/v1/videos/" + id).then().statusCode(200);
        hooks.advance(Duration.ofMinutes(1));
        assertEquals(List.of(), receiver.received());
        hooks.advance(Duration.ofMinutes(9));
        assertTrue(receiver.awaitCount(1).get(0).body().contains(id));
    }

    @Test
    void outOfOrderSendsAJobsCallbacksNewestFirst() {
        breakWith("{\"out_of_order\":true}");
        hooks.api().contentType(ContentType.JSON)
                .body(Map.of("prompt", "A paper boat", "metadata", Map.of("callback_url", receiver.url("/kling"))))
                .post("/kling/v1/videos").then().statusCode(200);
        hooks.advance(Duration.ofMinutes(1));
        List<String> statuses = receiver.awaitCount(3).stream()
                .map(r -> JsonPath.from(r.body()).getString("task_status")).toList();
        assertEquals(List.of("succeed", "processing", "submitted"), statuses);
    }

    @Test
    void aSlowReceiverTimesOutAndIsRetried() {
        breakWith("{\"timeout\":\"200ms\"}");
        receiver.slowBy(Duration.ofSeconds(1));
        String id = hooks.video();
        hooks.advance(Duration.ofMinutes(1));
        await().until(() -> hooks.deliveries("job_id", id).size() == 1);
        Map<String, Object> first = hooks.deliveries("job_id", id).get(0);
        assertEquals("retrying", first.get("outcome"));
        assertEquals("no answer within 200 ms", first.get("error"));
        assertEquals(null, first.get("status"));

        receiver.slowBy(Duration.ZERO);
        hooks.advance(Duration.ofSeconds(5));
        await().until(() -> hooks.deliveries("job_id", id, "outcome", "delivered").size() == 1);
    }
}
