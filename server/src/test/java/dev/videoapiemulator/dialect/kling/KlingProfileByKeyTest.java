package dev.videoapiemulator.dialect.kling;

import static dev.videoapiemulator.support.ErrorBody.assertInvalid;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.videoapiemulator.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A key bound to the kling profile in a fixture file reaches the Kling dialect at the bare /v1 paths.
 * The key is in the shared test fixture set, src/test/resources/fixtures-test/kling-profile-by-key.json.
 */
@QuarkusTest
class KlingProfileByKeyTest {

    private static RequestSpecification bound() {
        return given().header("Authorization", "Bearer sk-kling-bound");
    }

    @Test
    void theBarePathsServeKlingForTheBoundKey() {
        String id = bound().multiPart("prompt", "bound").multiPart("width", "720").multiPart("height", "1280")
                .post("/v1/videos").then().statusCode(200).body("id", startsWith("task_"))
                .body("size", equalTo("720x1280")).extract().path("id");
        Emulator.advanceClock(Duration.ofMinutes(1));
        bound().get("/v1/videos/" + id).then().statusCode(200).body("status", equalTo("completed"));
        bound().get("/kling/v1/videos/" + id).then().statusCode(200).body("id", equalTo(id));
        bound().get("/v1/videos/" + id + "/content").then().statusCode(200).contentType("video/mp4");
    }

    @Test
    void theBoundKeyFollowsKlingRulesAtTheBarePath() {
        assertInvalid(bound().multiPart("prompt", "p").multiPart("fps", "61").post("/v1/videos").then(), "fps",
                "integer_above_max_value", "Invalid 'fps': integer above maximum value. Expected a value <= 60, but"
                        + " got 61 instead.");
    }

    @Test
    void aPrefixStillWinsOverTheBoundProfile() {
        bound().multiPart("prompt", "to veo").multiPart("model", "veo2").multiPart("seconds", "8")
                .multiPart("size", "16x9").post("/veo/v1/videos").then().statusCode(200)
                .body("model", equalTo("veo2"));
    }

    @Test
    void anUnboundKeyReachesKlingOnlyByPrefix() {
        Emulator client = Emulator.freshKey();
        client.request().multiPart("prompt", "prefixed").post("/kling/v1/videos").then().statusCode(200)
                .body("model", equalTo("kling-v1"));
        client.request().multiPart("prompt", "bare").post("/v1/videos").then().statusCode(200)
                .body("model", equalTo("sora-2"));
    }
}
