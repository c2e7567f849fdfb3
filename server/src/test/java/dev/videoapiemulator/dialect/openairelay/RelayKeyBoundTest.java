package dev.videoapiemulator.dialect.openairelay;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.videoapiemulator.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A key bound to openai-relay in a fixture is served the relayed format at the bare /v1 paths.
 * The key is in the shared test fixture set, src/test/resources/fixtures-test/openai-relay-key-bound.json.
 */
@QuarkusTest
class RelayKeyBoundTest {

    private static RequestSpecification bound() {
        return given().header("Authorization", "Bearer sk-bound-to-openai-relay");
    }

    @Test
    void theBarePathsServeTheRelayedFormat() {
        String id = bound().multiPart("prompt", "bound").post("/v1/videos").then().statusCode(200)
                .body("quality", equalTo("standard")).extract().path("id");
        Emulator.advanceClock(Duration.ofMinutes(1));
        String url = bound().get("/v1/videos/" + id).then().statusCode(200).body("status", equalTo("completed"))
                .extract().path("url");
        bound().get(url).then().statusCode(200).contentType("video/mp4");
        bound().get("/v1/videos/" + id + "/content").then().statusCode(200).contentType("video/mp4");
    }

    @Test
    void errorsAtTheBarePathsUseTheRelayBody() {
        bound().multiPart("prompt", "p").multiPart("seconds", "5").post("/v1/videos").then().statusCode(400)
                .body("error.type", equalTo("invalid_request_error")).body("error.code", equalTo("invalid_parameter"))
                .body("error.param", nullValue());
    }

    @Test
    void unboundKeysStayOnTheOfficialApi() {
        Emulator.freshKey().request().multiPart("prompt", "official").post("/v1/videos").then().statusCode(200)
                .body("quality", nullValue()).body("object", equalTo("video"));
    }
}
