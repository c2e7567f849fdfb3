package dev.videoapiemulator.dialect.kling;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static dev.videoapiemulator.support.ErrorBody.assertInvalid;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.FrozenClock;
import dev.videoapiemulator.support.Videos;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Create, poll and download through /kling/v1/videos. */
@QuarkusTest
class KlingLifecycleTest {

    private final Emulator client = Emulator.freshKey();

    private String create(String... fieldPairs) {
        var spec = client.request();
        for (int i = 0; i < fieldPairs.length; i += 2) {
            spec = spec.multiPart(fieldPairs[i], fieldPairs[i + 1]);
        }
        return spec.post(KlingCreateTest.VIDEOS).then().statusCode(200).extract().path("id");
    }

    private ValidatableResponse get(String id) {
        return client.request().get(KlingCreateTest.VIDEOS + "/" + id).then();
    }

    private Response download(String id) {
        return client.request().get(KlingCreateTest.VIDEOS + "/" + id + "/content");
    }

    @Test
    void pollingEndsCompletedWithCompletionExpiryAndMetadata() {
        try (FrozenClock ignored = FrozenClock.freeze()) {
            String id = create("prompt", "poll", "metadata", "{\"style\":\"anime\"}");
            get(id).statusCode(200).body("status", equalTo("queued"));
            Emulator.advanceClock(Duration.ofSeconds(1));
            get(id).statusCode(200).body("status", equalTo("in_progress")).body("completed_at", nullValue());
            Emulator.advanceClock(Duration.ofMinutes(1));
            ValidatableResponse done = get(id).statusCode(200).body("status", equalTo("completed"))
                    .body("progress", equalTo(100)).body("error", nullValue()).body("metadata.style", equalTo("anime"));
            long completedAt = ((Number) done.extract().path("completed_at")).longValue();
            long expiresAt = ((Number) done.extract().path("expires_at")).longValue();
            long createdAt = ((Number) done.extract().path("created_at")).longValue();
            assertEquals(3600, expiresAt - completedAt);
            assertEquals(true, completedAt >= createdAt && completedAt < 10_000_000_000L);
        }
    }

    @Test
    void theDownloadHasTheRequestedSizeAndDuration() {
        String id = create("prompt", "render", "width", "641", "height", "479", "duration", "3");
        Emulator.advanceClock(Duration.ofMinutes(1));
        Response video = download(id);
        video.then().statusCode(200).contentType("video/mp4");
        Videos.Shape shape = Videos.shapeOf(video.asByteArray());
        assertEquals(642, shape.width());
        assertEquals(480, shape.height());
        assertEquals(3.0, shape.seconds(), 0.01);
        get(id).body("size", equalTo("642x480")).body("seconds", equalTo("3"));
    }

    @Test
    void theDefaultsRenderFiveSecondsAt1280x720() {
        String id = create("prompt", "defaults");
        Emulator.advanceClock(Duration.ofMinutes(1));
        Videos.Shape shape = Videos.shapeOf(download(id).asByteArray());
        assertEquals(new Videos.Shape(1280, 720, shape.seconds()), shape);
        assertEquals(5.0, shape.seconds(), 0.01);
    }

    @Test
    void aFailedJobCarriesMessageAndCode() {
        String id = create("prompt", "fail");
        given().queryParam("code", "task_failed").queryParam("message", "upstream refused")
                .post("/__emulator/jobs/" + id + "/fail").then().statusCode(200);
        get(id).statusCode(200).body("status", equalTo("failed")).body("error.message", equalTo("upstream refused"))
                .body("error.code", equalTo("task_failed")).body("completed_at", nullValue())
                .body("expires_at", nullValue());
        assertInvalid(download(id).then(), null, null,
                "Video '" + id + "' failed to generate, so it has no content to download.");
    }

    @Test
    void contentBeforeCompletionIs400AndAfterExpiryIs404() {
        try (FrozenClock ignored = FrozenClock.freeze()) {
            String id = create("prompt", "early");
            assertInvalid(download(id).then(), null, null, "Video '" + id + "' is not ready yet: its status is"
                    + " 'queued'. Download it once it is 'completed'.");
            Emulator.advanceClock(Duration.ofMinutes(1));
            download(id).then().statusCode(200);
            Emulator.advanceClock(Duration.ofMinutes(61));
            assertError(download(id).then(), 404, "invalid_request_error", null, null);
        }
    }

    @Test
    void unknownIdsAndOtherKeysJobsAre404() {
        String id = create("prompt", "mine");
        assertError(Emulator.freshKey().request().get(KlingCreateTest.VIDEOS + "/" + id).then(), 404,
                "invalid_request_error", null, null).body("error.message", equalTo("Video with id '" + id
                        + "' not found."));
        assertError(get("task_nosuch"), 404, "invalid_request_error", null, null);
    }
}
