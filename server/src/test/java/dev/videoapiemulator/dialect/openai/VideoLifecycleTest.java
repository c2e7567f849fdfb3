package dev.videoapiemulator.dialect.openai;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.FrozenClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** queued, then in_progress with rising progress, then completed or failed: all on the emulator's clock. */
@QuarkusTest
class VideoLifecycleTest {

    private final Emulator client = Emulator.freshKey();

    @Test
    void movesThroughEveryStatusAsTimePasses() {
        try (FrozenClock ignored = FrozenClock.freeze()) {
            String id = client.create("prompt", "timeline", "seconds", "4");
            client.get(id).statusCode(200).body("status", equalTo("queued")).body("progress", equalTo(0))
                    .header("openai-poll-after-ms", notNullValue());

            Emulator.advanceClock(Duration.ofMillis(600));
            int early = client.get(id).body("status", equalTo("in_progress")).extract().path("progress");

            Emulator.advanceClock(Duration.ofMillis(1000));
            int later = client.get(id).body("status", equalTo("in_progress"))
                    .body("progress", greaterThan(early)).body("progress", lessThan(100))
                    .body("completed_at", nullValue()).extract().path("progress");
            assertTrue(later > 0);

            Emulator.advanceClock(Duration.ofSeconds(5));
            JsonPath done = client.get(id).body("status", equalTo("completed")).body("progress", equalTo(100))
                    .body("error", nullValue()).extract().jsonPath();
            assertEquals(done.getLong("completed_at") + 3600, done.getLong("expires_at"));
            assertTrue(done.getLong("completed_at") >= done.getLong("created_at"));
        }
    }

    @Test
    void longerClipsTakeLonger() {
        try (FrozenClock ignored = FrozenClock.freeze()) {
            String shortClip = client.create("prompt", "short", "seconds", "4");
            String longClip = client.create("prompt", "long", "seconds", "12");
            // 0.5 s queued, then 1.5 s plus 0.1 s per second of video.
            Emulator.advanceClock(Duration.ofMillis(2500));
            client.get(shortClip).body("status", equalTo("completed"));
            client.get(longClip).body("status", equalTo("in_progress"));
        }
    }

    @Test
    void aFailedJobCarriesItsErrorAndNoTimestamps() {
        String id = client.create("prompt", "to be blocked");
        given().post("/__emulator/jobs/" + id + "/fail").then().statusCode(200).body("status", equalTo("failed"));
        client.get(id).statusCode(200)
                .body("status", equalTo("failed"))
                .body("error.code", equalTo("moderation_blocked"))
                .body("error.message", equalTo("Your request was blocked by our moderation system."))
                .body("completed_at", nullValue())
                .body("expires_at", nullValue());
        assertError(client.request().get("/v1/videos/" + id + "/content").then(), 400, "invalid_request_error", null,
                null);
    }

    @Test
    void failureCodeAndMessageCanBeChosen() {
        String id = client.create("prompt", "overloaded");
        given().queryParam("code", "server_error").queryParam("message", "Generation failed.")
                .post("/__emulator/jobs/" + id + "/fail").then().statusCode(200);
        client.get(id).body("error.code", equalTo("server_error")).body("error.message", equalTo("Generation failed."));
    }

    @Test
    void contentIsRefusedUntilCompleted() {
        try (FrozenClock ignored = FrozenClock.freeze()) {
            String id = client.create("prompt", "not yet");
            assertError(client.request().get("/v1/videos/" + id + "/content").then(), 400, "invalid_request_error",
                    null, null);
        }
    }

    @Test
    void unknownIdIs404() {
        assertError(client.get("video_" + "0".repeat(48)), 404, "invalid_request_error", null, null);
    }

    @Test
    void clockAdvanceRejectsNonsense() {
        assertError(given().post("/__emulator/clock/advance?by=soon").then(), 400, "invalid_request_error", "by",
                "invalid_value");
        assertError(given().post("/__emulator/clock/advance").then(), 400, "invalid_request_error", "by",
                "missing_required_parameter");
    }
}
