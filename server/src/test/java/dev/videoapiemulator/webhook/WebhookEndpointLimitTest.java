package dev.videoapiemulator.webhook;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.support.SmallLimits;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * emulator.webhooks.max-endpoints-per-key=2: a key's third endpoint is refused until one is deleted;
 * emulator.webhooks.max-endpoints=4: once all keys together hold four, a fifth is refused, and the
 * refusal names that limit instead.
 */
@QuarkusTest
@TestProfile(SmallLimits.class)
class WebhookEndpointLimitTest {

    private final String key = "sk-limit-" + UUID.randomUUID();

    private ValidatableResponse create(String key, String testId) {
        return given().header("Authorization", "Bearer " + key).header(ApiCaller.TEST_ID_HEADER, testId)
                .contentType(ContentType.JSON)
                .body("{\"name\":\"n\",\"url\":\"http://127.0.0.1:1/h\",\"event_types\":[\"video.completed\"]}")
                .post("/v1/webhook_endpoints").then();
    }

    @Test
    void aKeyHoldsAtMostTheConfiguredNumberOfEndpoints() {
        String testId = "limit-" + UUID.randomUUID();
        String first = create(key, testId).statusCode(200).extract().path("id");
        create(key, testId).statusCode(200);
        assertError(create(key, testId), 400, "invalid_request_error", null, "webhook_endpoint_limit_reached")
                .body("error.message", containsString("(2,"));
        create("sk-other-" + key, testId).statusCode(200);

        given().header("Authorization", "Bearer " + key).header(ApiCaller.TEST_ID_HEADER, testId)
                .delete("/v1/webhook_endpoints/" + first).then().statusCode(200);
        create(key, testId).statusCode(200);
        given().post("/__emulator/reset?test_id=" + testId).then().statusCode(200);
    }

    @Test
    void allKeysTogetherHoldAtMostTheConfiguredNumber() {
        String testId = "total-" + UUID.randomUUID();
        for (int i = 0; i < 4; i++) {
            create(key + "-" + (i / 2), testId).statusCode(200);
        }
        assertError(create(key + "-fresh", testId), 400, "invalid_request_error", null,
                "webhook_endpoint_limit_reached")
                .body("error.message", containsString("(4, emulator.webhooks.max-endpoints)"));
        given().post("/__emulator/reset?test_id=" + testId).then().statusCode(200);
        create(key + "-fresh", testId).statusCode(200);
        given().post("/__emulator/reset?test_id=" + testId).then().statusCode(200);
    }
}
