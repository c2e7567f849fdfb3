package dev.videoapiemulator.profile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import dev.videoapiemulator.support.ConfigOverrides;
import dev.videoapiemulator.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/**
 * With another default profile, bare /v1 speaks it; a prefix or a bound key still picks the official API.
 * The bound key is in src/test/resources/fixtures-test/default-profile.json.
 */
@QuarkusTest
@TestProfile(DefaultProfileTest.VeoByDefault.class)
class DefaultProfileTest {

    public static class VeoByDefault extends ConfigOverrides {
        public VeoByDefault() {
            super("emulator.default-profile", "veo");
        }
    }

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void barePathsSpeakTheDefaultProfile() {
        Emulator.freshKey().request().multiPart("model", "veo3").multiPart("prompt", "a lighthouse")
                .multiPart("seconds", "8").multiPart("size", "16x9").post("/v1/videos").then().statusCode(200)
                .body("id", matchesPattern("video_" + UUID));
        // The official rules do not apply here: 8 s and 16x9 are Veo's, not OpenAI's.
        Emulator.freshKey().request().multiPart("prompt", "x").multiPart("seconds", "4").post("/v1/videos").then()
                .statusCode(400);
    }

    @Test
    void theOfficialApiStaysReachableByPrefixAndByBoundKey() {
        Emulator.freshKey().request().multiPart("prompt", "official").post("/openai/v1/videos").then()
                .statusCode(200).body("id", matchesPattern("video_[0-9a-f]{48}")).body("seconds", equalTo("4"));
        given().header("Authorization", "Bearer sk-bound-official").multiPart("prompt", "bound")
                .post("/v1/videos").then().statusCode(200).body("id", matchesPattern("video_[0-9a-f]{48}"));
    }

    @Test
    void profilesShowTheDefault() {
        given().get("/profiles").then().statusCode(200)
                .body("data.find { it.name == 'veo' }.default", equalTo(true))
                .body("data.find { it.name == 'openai' }.default", equalTo(false));
    }
}
