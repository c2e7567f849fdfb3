package dev.videoapiemulator.webhook;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.videoapiemulator.api.ApiCaller;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Endpoints through /__emulator/webhooks: added, listed per test, validated, removed and reset. */
@QuarkusTest
class WebhookControlTest {

    private final Hooks hooks = new Hooks();

    @AfterEach
    void close() {
        hooks.reset();
    }

    private ValidatableResponse post(Object body) {
        return given().header(ApiCaller.TEST_ID_HEADER, hooks.testId).contentType(ContentType.JSON).body(body)
                .post("/__emulator/webhooks").then();
    }

    @Test
    void anEndpointWithoutSecretGetsOneAndBothEvents() {
        post(Map.of("url", "http://127.0.0.1:9/hook")).statusCode(201)
                .body("id", startsWith("whe_")).body("source", equalTo("runtime"))
                .body("test_id", equalTo(hooks.testId)).body("secret", startsWith("whsec_"))
                .body("events", equalTo(List.of("video.completed", "video.failed")));
    }

    @Test
    void anEndpointIsListedForItsTestAndRemovedById() {
        String id = hooks.endpoint(Map.of("url", "https://receiver.test/hook", "secret", "whsec_c2VjcmV0"));
        given().get("/__emulator/webhooks?test_id=" + hooks.testId).then().statusCode(200)
                .body("data.id", hasItem(id));
        given().get("/__emulator/webhooks?test_id=another-test").then().statusCode(200)
                .body("data.id", not(hasItem(id)));
        given().delete("/__emulator/webhooks/" + id).then().statusCode(204);
        given().delete("/__emulator/webhooks/" + id).then().statusCode(404);
    }

    @Test
    void resettingTheWebhooksPartForgetsTheTestsEndpoints() {
        String id = hooks.endpoint(Map.of("url", "https://receiver.test/hook", "secret", "whsec_c2VjcmV0"));
        given().post("/__emulator/reset?part=webhooks&test_id=" + hooks.testId).then().statusCode(200)
                .body("parts", equalTo(List.of("webhooks")));
        given().get("/__emulator/webhooks?test_id=" + hooks.testId).then().body("data.id", not(hasItem(id)));
    }

    @Test
    void onlyHttpTargetsAndKnownEventsAreAccepted() {
        assertError(post(Map.of("url", "ftp://receiver.test/hook")), 400, "invalid_request_error", null,
                "invalid_webhook").body("error.message", containsString("http or https"));
        assertError(post(Map.of("url", "http://receiver.test/", "events", List.of("video.created"))), 400,
                "invalid_request_error", null, "invalid_webhook")
                .body("error.message", containsString("unknown event 'video.created'"));
        assertError(post(Map.of("url", "http://receiver.test/", "secret", "whsec_%%%")), 400,
                "invalid_request_error", null, "invalid_webhook").body("error.message", containsString("base64"));
        assertError(post(Map.of("url", "http://receiver.test/", "colour", "red")), 400, "invalid_request_error",
                null, "invalid_webhook").body("error.message", containsString("unknown field 'colour'"));
    }

    @Test
    void anUnknownDeliveryFilterIsRefused() {
        assertError(given().get("/__emulator/webhooks/deliveries?jobid=video_1").then(), 400,
                "invalid_request_error", "jobid", "unknown_parameter");
    }
}
