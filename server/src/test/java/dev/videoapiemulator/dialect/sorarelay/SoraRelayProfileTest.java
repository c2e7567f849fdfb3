package dev.videoapiemulator.dialect.sorarelay;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.VideoRoute;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pro-tier rules and the choice of this dialect by prefix and by a key bound to it in fixtures.
 * The keys are in the shared test fixture set, src/test/resources/fixtures-test/sora-relay-profile.json.
 */
@QuarkusTest
class SoraRelayProfileTest {

    private final VideoRoute pro = RelayClient.withKey("sk-sorarelay-pro");
    private final VideoRoute basic = RelayClient.withKey("sk-sorarelay-basic");

    @Test
    void aProKeyMakesTwentyFiveSecondsOnProModels() {
        pro.post("model", "sora-2-pro", "prompt", "long", "seconds", "25").statusCode(200)
                .body("seconds", equalTo("25"));
        pro.post("model", "sora-2-pro-2025-10-06", "prompt", "long", "seconds", "25").statusCode(200);
    }

    @Test
    void evenAProKeyGetsNoTwentyFiveSecondsOnStandardModels() {
        assertError(pro.post("model", "sora-2", "prompt", "long", "seconds", "25"), 400, "invalid_request_error",
                "seconds", "invalid_value");
    }

    @Test
    void aKeyWithoutTheProTierIsRefusedTwentyFiveSeconds() {
        assertError(basic.post("model", "sora-2-pro", "prompt", "long", "seconds", "25"), 403, "permission_error",
                "seconds", "insufficient_permissions");
        basic.post("model", "sora-2-pro", "prompt", "pro model, shorter", "seconds", "15").statusCode(200);
    }

    @Test
    void aBoundKeyReachesTheRelayAtTheBarePath() {
        String id = pro.request().multiPart("model", "sora-2").multiPart("prompt", "bare").post("/v1/videos").then()
                .statusCode(200).body("id", startsWith("sora-2:task_")).extract().path("id");
        pro.request().get("/v1/videos/" + id).then().statusCode(200).body("id", equalTo(id));
        pro.get(id).statusCode(200).body("id", equalTo(id));
        pro.request().contentType("application/json").body(Map.of("url", "https://cdn.example.com/a.mp4",
                "timestamps", "1,2")).post("/v1/characters").then().statusCode(200);
    }

    @Test
    void theRelayPrefixServesAnyKeyAndTheBarePathStaysOfficialForOthers() {
        Emulator other = Emulator.freshKey();
        other.request().multiPart("model", "sora-2").multiPart("prompt", "prefixed").post(RelayClient.VIDEOS).then()
                .statusCode(200).body("id", startsWith("sora-2:task_"));
        pro.post("model", "sora-2", "prompt", "prefixed").statusCode(200).body("id", startsWith("sora-2:task_"));
        other.request().multiPart("prompt", "official").post("/v1/videos").then().statusCode(200)
                .body("id", startsWith("video_"));
    }
}
