package dev.videoapiemulator.webhook;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.Headers;
import com.openai.errors.BadRequestException;
import com.openai.errors.InvalidWebhookSignatureException;
import com.openai.errors.NotFoundException;
import com.openai.models.webhooks.DeletedWebhookEndpoint;
import com.openai.models.webhooks.UnwrapWebhookEvent;
import com.openai.models.webhooks.WebhookCreateParams;
import com.openai.models.webhooks.WebhookEndpoint;
import com.openai.models.webhooks.WebhookEndpointTestResult;
import com.openai.models.webhooks.WebhookEndpointWithSecret;
import com.openai.models.webhooks.WebhookListPage;
import com.openai.models.webhooks.WebhookListParams;
import com.openai.models.webhooks.WebhookRotateSecretParams;
import com.openai.models.webhooks.WebhookTestParams;
import com.openai.models.webhooks.WebhookUpdateParams;
import com.openai.models.webhooks.WebhookVerificationParams;
import dev.videoapiemulator.api.ApiCaller;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.ServerSocket;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Endpoints registered the way an application registers its own at start-up: with the official
 * openai-java SDK's {@code client.webhooks()}, and verified by a receiver with the SDK's {@code unwrap}.
 */
@QuarkusTest
class SdkWebhookEndpointsTest {

    @TestHTTPResource("/")
    URL base;

    private final Hooks hooks = new Hooks();
    private final Receiver receiver = new Receiver();
    private final List<OpenAIClient> clients = new ArrayList<>();

    @AfterEach
    void close() {
        clients.forEach(OpenAIClient::close);
        receiver.close();
        hooks.reset();
    }

    @Test
    void anEndpointCreatedThroughTheSdkReceivesTheVideoSignedWithItsReturnedSecret() {
        WebhookEndpointWithSecret created = register("/created", WebhookCreateParams.EventType.VIDEO_COMPLETED);
        assertTrue(created.id().startsWith("whe_"), created.id());
        assertEquals("orders", created.name());
        assertEquals(List.of("video.completed"), created.eventTypes());
        byte[] key = Base64.getDecoder().decode(created.signingSecret().substring("whsec_".length()));
        assertEquals(32, key.length);
        String hint = created.signingSecretHint().orElseThrow();
        assertTrue(hint.startsWith("whsec_") && created.signingSecret().endsWith(hint.substring(hint.length() - 4)),
                hint);
        assertFalse(hint.contains(created.signingSecret().substring(6, 20)), hint);
        assertFalse(created.updatedAt().isPresent());

        String video = hooks.video();
        hooks.advance(Duration.ofMinutes(1));

        Receiver.Received got = receiver.awaitCount(1).get(0);
        assertEquals("/created", got.path());
        Map<?, ?> event = unwrap(got, created.signingSecret());
        assertEquals("video.completed", event.get("type"));
        assertEquals(Map.of("id", video), event.get("data"));
        assertThrows(InvalidWebhookSignatureException.class, () -> unwrap(got, WebhookSignature.newSecret()));
        await().until(() -> hooks.deliveries("url", receiver.url("/created"), "outcome", "delivered").size() == 1);
    }

    @Test
    void anEndpointHearsOnlyTheEventTypesItSubscribedTo() {
        register("/failed-only", WebhookCreateParams.EventType.VIDEO_FAILED);
        hooks.video();
        String failed = hooks.video();
        given().post("/__emulator/jobs/" + failed + "/fail?code=internal_error").then().statusCode(200);
        hooks.advance(Duration.ofMinutes(1));
        List<Receiver.Received> got = receiver.awaitCount(1);
        await().until(() -> hooks.deliveries().size() == 1);
        assertEquals(1, receiver.received().size());
        assertTrue(got.get(0).body().contains("\"type\":\"video.failed\"") && got.get(0).body().contains(failed));
    }

    @Test
    void afterARotationWithoutOverlapOnlyTheNewSecretVerifies() {
        WebhookEndpointWithSecret created = register("/rotated", WebhookCreateParams.EventType.VIDEO_COMPLETED);
        WebhookEndpointWithSecret rotated = client().webhooks().rotateSecret(created.id());
        assertNotEquals(created.signingSecret(), rotated.signingSecret());
        assertEquals(created.id(), rotated.id());
        assertTrue(rotated.updatedAt().isPresent());

        hooks.video();
        hooks.advance(Duration.ofMinutes(1));
        Receiver.Received got = receiver.awaitCount(1).get(0);
        assertEquals(1, got.header("webhook-signature").split(" ").length);
        unwrap(got, rotated.signingSecret());
        assertThrows(InvalidWebhookSignatureException.class, () -> unwrap(got, created.signingSecret()));
    }

    @Test
    void afterARotationWithOverlapBothSecretsVerifyFor24HoursOfTheTestsClock() {
        WebhookEndpointWithSecret created = register("/overlap", WebhookCreateParams.EventType.VIDEO_COMPLETED);
        WebhookEndpointWithSecret rotated = client().webhooks().rotateSecret(created.id(),
                WebhookRotateSecretParams.builder().keepOldSecretActiveFor24Hours(true).build());

        hooks.video();
        hooks.advance(Duration.ofMinutes(1));
        Receiver.Received during = receiver.awaitCount(1).get(0);
        assertEquals(2, during.header("webhook-signature").split(" ").length, during.header("webhook-signature"));
        unwrap(during, rotated.signingSecret());
        unwrap(during, created.signingSecret());

        // The video below ends 24 h and 2 min after the rotation: the old secret no longer signs.
        hooks.advance(Duration.ofHours(24));
        hooks.video();
        hooks.advance(Duration.ofMinutes(1));
        Receiver.Received after = receiver.awaitCount(2).get(1);
        assertEquals(1, after.header("webhook-signature").split(" ").length);
        unwrap(after, rotated.signingSecret());
        assertThrows(InvalidWebhookSignatureException.class, () -> unwrap(after, created.signingSecret()));
    }

    @Test
    void aTestEventReachesTheReceiverSignedAndItsStatusIsAnswered() {
        WebhookEndpointWithSecret created = register("/test", WebhookCreateParams.EventType.VIDEO_COMPLETED);
        receiver.answering(202, 500);

        WebhookEndpointTestResult accepted = client().webhooks().test(created.id(),
                WebhookTestParams.builder().eventType(WebhookTestParams.EventType.VIDEO_FAILED).build());
        assertEquals(202, accepted.statusCode());
        assertEquals(created.id(), accepted.webhookEndpointId());
        assertEquals("video.failed", accepted.eventType());
        Receiver.Received got = receiver.received().get(0);
        Map<?, ?> event = unwrap(got, created.signingSecret());
        assertEquals("video.failed", event.get("type"));
        assertTrue(((String) ((Map<?, ?>) event.get("data")).get("id")).startsWith("video_"), got.body());

        WebhookEndpointTestResult failing = client().webhooks().test(created.id(),
                WebhookTestParams.builder().eventType(WebhookTestParams.EventType.BATCH_COMPLETED).build());
        assertEquals(500, failing.statusCode());
        assertTrue(receiver.received().get(1).body().contains("\"id\":\"batch_"), receiver.received().get(1).body());
        await().until(() -> hooks.deliveries("event", "batch.completed", "outcome", "failed").size() == 1);
        assertEquals(1, hooks.deliveries("event", "video.failed", "outcome", "delivered").size());
        assertEquals(2, receiver.received().size(), "a test event is never retried");
    }

    @Test
    void aTestOfAnUnreachableReceiverIsAnError() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        WebhookEndpointWithSecret created = client().webhooks().create(WebhookCreateParams.builder().name("gone")
                .url("http://127.0.0.1:" + closedPort + "/hooks")
                .addEventType(WebhookCreateParams.EventType.VIDEO_COMPLETED).build());
        BadRequestException error = assertThrows(BadRequestException.class, () -> client().webhooks().test(
                created.id(), WebhookTestParams.builder().eventType(WebhookTestParams.EventType.VIDEO_COMPLETED).build()));
        assertEquals("webhook_endpoint_unreachable", error.code().orElseThrow());
        assertTrue(error.getMessage().contains("connection refused"), error.getMessage());
    }

    @Test
    void endpointsAreRetrievedUpdatedListedInPagesAndDeleted() {
        WebhookEndpointWithSecret first = register("/one", WebhookCreateParams.EventType.VIDEO_COMPLETED);
        WebhookEndpointWithSecret second = register("/two", WebhookCreateParams.EventType.VIDEO_COMPLETED);
        WebhookEndpointWithSecret third = register("/three", WebhookCreateParams.EventType.VIDEO_COMPLETED);

        WebhookEndpoint fetched = client().webhooks().retrieve(first.id());
        assertEquals(first.url(), fetched.url());
        assertEquals(first.signingSecretHint(), fetched.signingSecretHint());
        assertFalse(fetched._additionalProperties().containsKey("signing_secret"));

        WebhookEndpoint updated = client().webhooks().update(first.id(), WebhookUpdateParams.builder().name("renamed")
                .addEventType(WebhookUpdateParams.EventType.VIDEO_FAILED).build());
        assertEquals("renamed", updated.name());
        assertEquals(first.url(), updated.url());
        assertEquals(List.of("video.failed"), updated.eventTypes());
        assertTrue(updated.updatedAt().isPresent());

        WebhookListPage page = client().webhooks().list(WebhookListParams.builder().limit(2).build());
        assertEquals(List.of(third.id(), second.id()), page.data().stream().map(WebhookEndpoint::id).toList());
        assertTrue(page.hasNextPage());
        WebhookListPage rest = client().webhooks().list(WebhookListParams.builder().after(second.id()).limit(2).build());
        assertEquals(List.of(first.id()), rest.data().stream().map(WebhookEndpoint::id).toList());
        assertFalse(rest.hasMore().orElseThrow());
        assertEquals(List.of(first.id()), page.nextPage().data().stream().map(WebhookEndpoint::id).toList());

        DeletedWebhookEndpoint deleted = client().webhooks().delete(second.id());
        assertEquals(second.id(), deleted.id());
        assertTrue(deleted.deleted());
        assertThrows(NotFoundException.class, () -> client().webhooks().retrieve(second.id()));
        assertThrows(NotFoundException.class, () -> client().webhooks().delete(second.id()));
        assertEquals(2, client().webhooks().list().data().size());

        List<String> types = client().webhooks().eventTypes().list().data();
        assertTrue(types.containsAll(List.of("video.completed", "video.failed", "batch.completed")), types.toString());
    }

    @Test
    void anotherKeySeesNoneOfThemAndHearsNothingOfTheirs() {
        WebhookEndpointWithSecret mine = register("/mine", WebhookCreateParams.EventType.VIDEO_COMPLETED);
        OpenAIClient other = client("sk-other-" + hooks.key);
        assertEquals(List.of(), other.webhooks().list().data());
        assertThrows(NotFoundException.class, () -> other.webhooks().retrieve(mine.id()));
        assertThrows(NotFoundException.class, () -> other.webhooks().rotateSecret(mine.id()));
        assertThrows(NotFoundException.class, () -> other.webhooks().delete(mine.id()));

        given().header("Authorization", "Bearer sk-other-" + hooks.key).header(ApiCaller.TEST_ID_HEADER, hooks.testId)
                .multiPart("prompt", "Not mine").post("/v1/videos").then().statusCode(200);
        String own = hooks.video();
        hooks.advance(Duration.ofMinutes(1));
        assertTrue(receiver.awaitCount(1).get(0).body().contains(own));
        await().until(() -> hooks.deliveries().size() == 1);
        assertEquals(1, receiver.received().size());
        assertEquals(mine.id(), client().webhooks().retrieve(mine.id()).id());
    }

    @Test
    void theControlApiListsThemBesideTheOthersAndItsResetForgetsThem() {
        WebhookEndpointWithSecret created = register("/listed", WebhookCreateParams.EventType.VIDEO_COMPLETED);
        List<Map<String, Object>> listed = given().queryParam("test_id", hooks.testId).get("/__emulator/webhooks")
                .then().statusCode(200).extract().jsonPath().getList("data");
        assertEquals(1, listed.size());
        assertEquals(created.id(), listed.get(0).get("id"));
        assertEquals("api", listed.get(0).get("source"));
        assertEquals(hooks.key, listed.get(0).get("key"));
        assertEquals(hooks.testId, listed.get(0).get("test_id"));
        assertEquals(created.signingSecret(), listed.get(0).get("secret"));

        given().delete("/__emulator/webhooks/" + created.id()).then().statusCode(204);
        assertThrows(NotFoundException.class, () -> client().webhooks().retrieve(created.id()));
        given().delete("/__emulator/webhooks/" + created.id()).then().statusCode(404);

        WebhookEndpointWithSecret kept = register("/listed", WebhookCreateParams.EventType.VIDEO_COMPLETED);
        given().post("/__emulator/reset?part=webhooks&test_id=" + hooks.testId).then().statusCode(200);
        assertThrows(NotFoundException.class, () -> client().webhooks().retrieve(kept.id()));
        hooks.video();
        hooks.advance(Duration.ofMinutes(1));
        await().during(Duration.ofMillis(500)).until(() -> receiver.received().isEmpty());
    }

    private WebhookEndpointWithSecret register(String path, WebhookCreateParams.EventType type) {
        return client().webhooks().create(WebhookCreateParams.builder().name("orders").url(receiver.url(path))
                .addEventType(type).build());
    }

    private OpenAIClient client() {
        return client(hooks.key);
    }

    /** A client on the key, within this test's id, so its endpoints and videos move with this test's clock. */
    private OpenAIClient client(String key) {
        OpenAIClient client = OpenAIOkHttpClient.builder().apiKey(key).baseUrl(base + "v1").maxRetries(0)
                .putHeader(ApiCaller.TEST_ID_HEADER, hooks.testId).build();
        clients.add(client);
        return client;
    }

    /** The event as the SDK's {@code unwrap} accepts it with {@code secret}; throws when the signature fails. */
    private Map<?, ?> unwrap(Receiver.Received got, String secret) {
        UnwrapWebhookEvent event = client().webhooks().unwrap(WebhookVerificationParams.builder()
                .payload(got.body()).secret(secret)
                .headers(Headers.builder().put("webhook-id", got.header("webhook-id"))
                        .put("webhook-timestamp", got.header("webhook-timestamp"))
                        .put("webhook-signature", got.header("webhook-signature")).build())
                .build());
        // Video events are no member of the SDK's typed union: they come through as JSON.
        return event._json().orElseThrow().convert(Map.class);
    }
}
