package dev.videoapiemulator.dialect.veo;

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
 * A key bound to the veo profile in a fixture file reaches the Veo dialect at the bare /v1 paths.
 * The key is in the shared test fixture set, src/test/resources/fixtures-test/veo-profile-by-key.json.
 */
@QuarkusTest
class VeoProfileByKeyTest {

    private static RequestSpecification bound() {
        return given().header("Authorization", "Bearer sk-veo-bound");
    }

    @Test
    void theBarePathsServeVeoForTheBoundKey() {
        String id = bound().multiPart("model", "veo3.1-4k").multiPart("prompt", "bound").multiPart("seconds", "8")
                .multiPart("size", "9x16").post("/v1/videos").then().statusCode(200)
                .body("id", startsWith("video_")).body("size", equalTo("2160x3840")).extract().path("id");
        Emulator.advanceClock(Duration.ofMinutes(1));
        bound().get("/v1/videos/" + id).then().statusCode(200).body("status", equalTo("completed"));
        bound().get("/veo/v1/videos/" + id).then().statusCode(200).body("id", equalTo(id));
        bound().get("/v1/videos/" + id + "/content").then().statusCode(200).contentType("video/mp4");
    }

    @Test
    void theBoundKeyFollowsVeoRulesAtTheBarePath() {
        assertInvalid(bound().multiPart("prompt", "no model").multiPart("seconds", "8").multiPart("size", "16x9")
                .post("/v1/videos").then(), "model", "missing_required_parameter",
                "Missing required parameter: 'model'.");
    }

    @Test
    void aPrefixStillWinsOverTheBoundProfile() {
        bound().multiPart("prompt", "official").post("/openai/v1/videos").then().statusCode(200)
                .body("model", equalTo("sora-2"));
    }
}
