package dev.videoapiemulator.dialect.sorarelay;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static dev.videoapiemulator.support.ErrorBody.assertInvalid;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.videoapiemulator.support.VideoRoute;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Remixing a completed, public task; refusing private, unfinished and unknown ones. */
@QuarkusTest
class SoraRelayRemixTest {

    private final VideoRoute client = RelayClient.freshKey();

    @Test
    void remixKeepsModelSizeAndLength() {
        String source = client.completed("model", "sora-2-pro", "prompt", "source", "seconds", "15", "size",
                "1280x720");
        String remix = remix(source, "prompt", "now at night").statusCode(200)
                .body("id", startsWith("sora-2-pro:task_")).body("status", equalTo("queued"))
                .body("model", equalTo("sora-2-pro")).body("seconds", equalTo("15")).body("size", equalTo("1280x720"))
                .body("remixed_from_video_id", equalTo(source)).extract().path("id");
        client.get(remix).statusCode(200).body("remixed_from_video_id", equalTo(source));
        client.request().contentType(ContentType.JSON).body(Map.of("prompt", "json remix"))
                .post(RelayClient.VIDEOS + "/" + source + "/remix").then().statusCode(200)
                .body("remixed_from_video_id", equalTo(source));
    }

    @Test
    void aStoryboardRemixMustFitTheSourceLength() {
        String source = client.completed("model", "sora-2", "prompt", "source", "seconds", "15");
        remix(source, "prompt", StoryboardTest.SEED_EXAMPLE).statusCode(200);
        String ten = client.completed("model", "sora-2", "prompt", "source");
        assertInvalid(remix(ten, "prompt", StoryboardTest.SEED_EXAMPLE), "prompt", "invalid_value",
                "Invalid storyboard in 'prompt': the shot durations add up to 15 seconds, but the video is 10 seconds"
                        + " long.");
    }

    @Test
    void privateVideosCannotBeRemixed() {
        String hidden = client.completed("model", "sora-2", "prompt", "hidden", "private", "true");
        assertError(remix(hidden, "prompt", "again"), 400, "invalid_request_error", null, "private_video")
                .body("error.message", equalTo("Task '" + hidden + "' was made with private=true, so it cannot be"
                        + " remixed."));
    }

    @Test
    void unfinishedUnknownAndOtherKeysTasksCannotBeRemixed() {
        String running = client.create("model", "sora-2", "prompt", "running");
        assertError(remix(running, "prompt", "again"), 400, "invalid_request_error", null, null)
                .body("error.message", startsWith("Task '" + running + "' cannot be remixed yet"));
        assertError(remix("sora-2:task_01kbhfs5yceakr1pa0qrfzfeqk", "prompt", "again"), 400, "invalid_request_error",
                null, "task_not_exist").body("error.message", equalTo("task_origin_not_exist"));
        String done = client.completed("model", "sora-2", "prompt", "done");
        assertError(RelayClient.freshKey().form("prompt", "again").post(RelayClient.VIDEOS + "/" + done + "/remix")
                .then(), 400, "invalid_request_error", null, "task_not_exist");
    }

    @Test
    void remixNeedsAPromptAndNothingElse() {
        String done = client.completed("model", "sora-2", "prompt", "done");
        assertInvalid(remix(done, "watermark", "true"), "prompt", "missing_required_parameter",
                "Missing required parameter: 'prompt'.");
        assertInvalid(remix(done, "prompt", "p", "seconds", "15"), "seconds", "unknown_parameter",
                "Unknown parameter: 'seconds'.");
    }

    private ValidatableResponse remix(String id, String... fields) {
        return client.form(fields).post(RelayClient.VIDEOS + "/" + id + "/remix").then();
    }
}
