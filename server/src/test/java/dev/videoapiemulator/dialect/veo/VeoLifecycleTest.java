package dev.videoapiemulator.dialect.veo;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static dev.videoapiemulator.support.ErrorBody.assertInvalid;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.FrozenClock;
import dev.videoapiemulator.support.Videos;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Create, poll and download through /veo/v1/videos. */
@QuarkusTest
class VeoLifecycleTest {

    private final Emulator client = Emulator.freshKey();
    private final VeoRequests veo = new VeoRequests(client);

    private Response download(String id) {
        return client.request().get(VeoRequests.VIDEOS + "/" + id + "/content");
    }

    @Test
    void pollingShowsProgressThenCompletionWithExpiry() {
        try (FrozenClock ignored = FrozenClock.freeze()) {
            String id = veo.created();
            veo.get(id).statusCode(200).body("id", equalTo(id)).body("status", equalTo("queued"));
            Emulator.advanceClock(Duration.ofSeconds(1));
            veo.get(id).statusCode(200).body("status", equalTo("in_progress")).body("$", not(hasKey("completed_at")));
            Emulator.advanceClock(Duration.ofMinutes(1));
            ValidatableResponse done = veo.get(id).statusCode(200).body("status", equalTo("completed"))
                    .body("progress", equalTo(100)).body("size", equalTo("16x9")).body("$", not(hasKey("error")));
            long completedAt = ((Number) done.extract().path("completed_at")).longValue();
            long expiresAt = ((Number) done.extract().path("expires_at")).longValue();
            assertEquals(3600, expiresAt - completedAt);
        }
    }

    @ParameterizedTest
    @CsvSource({"veo_3_1, 16x9, 1280, 720", "veo3, 9x16, 720, 1280", "veo2, 720x1280, 720, 1280",
            "veo_3_1-4K, 16x9, 3840, 2160", "veo3.1-components-4k, 9x16, 2160, 3840"})
    void theDownloadIsAnEightSecondMp4AtTheModelsResolution(String model, String size, int width, int height) {
        String id = veo.created("model", model, "size", size);
        Emulator.advanceClock(Duration.ofMinutes(1));
        Response video = download(id);
        video.then().statusCode(200).contentType("video/mp4")
                .header("Content-Disposition", equalTo("attachment; filename=\"" + id + ".mp4\""));
        Videos.Shape shape = Videos.shapeOf(video.asByteArray());
        assertEquals(width, shape.width());
        assertEquals(height, shape.height());
        assertEquals(8.0, shape.seconds(), 0.01);
    }

    @Test
    void thumbnailAndSpritesheetVariantsAreServedAndOthersRefused() {
        String id = veo.created();
        Emulator.advanceClock(Duration.ofMinutes(1));
        client.request().queryParam("variant", "thumbnail").get(VeoRequests.VIDEOS + "/" + id + "/content").then()
                .statusCode(200).contentType("image/webp");
        client.request().queryParam("variant", "spritesheet").get(VeoRequests.VIDEOS + "/" + id + "/content").then()
                .statusCode(200).contentType("image/jpeg");
        assertInvalid(client.request().queryParam("variant", "poster").get(VeoRequests.VIDEOS + "/" + id + "/content")
                .then(), "variant", "invalid_value",
                "Invalid value: 'poster'. Supported values are: 'video', 'thumbnail', and 'spritesheet'.");
    }

    @Test
    void contentBeforeCompletionIs400() {
        try (FrozenClock ignored = FrozenClock.freeze()) {
            String id = veo.created();
            assertInvalid(download(id).then(), null, null, "Video '" + id + "' is not ready yet: its status is"
                    + " 'queued'. Download it once it is 'completed'.");
        }
    }

    @Test
    void aFailedJobReportsItsErrorAndHasNoContent() {
        String id = veo.created();
        given().post("/__emulator/jobs/" + id + "/fail?code=content_policy_violation&message=blocked").then()
                .statusCode(200);
        veo.get(id).statusCode(200).body("status", equalTo("failed"))
                .body("error.code", equalTo("content_policy_violation")).body("error.message", equalTo("blocked"))
                .body("$", not(hasKey("completed_at"))).body("$", not(hasKey("expires_at")));
        assertInvalid(download(id).then(), null, null,
                "Video '" + id + "' failed to generate, so it has no content to download.");
    }

    @Test
    void downloadsExpireAfterAnHour() {
        String id = veo.created();
        Emulator.advanceClock(Duration.ofMinutes(1));
        download(id).then().statusCode(200);
        Emulator.advanceClock(Duration.ofMinutes(61));
        assertError(download(id).then(), 404, "invalid_request_error", null, null)
                .body("error.message", equalTo("The video is no longer available. Downloads expire after 1 hours."));
    }

    @Test
    void unknownIdsAndOtherKeysJobsAre404() {
        String id = veo.created();
        Emulator other = Emulator.freshKey();
        assertError(other.request().get(VeoRequests.VIDEOS + "/" + id).then(), 404, "invalid_request_error", null,
                null).body("error.message", equalTo("Video with id '" + id + "' not found."));
        assertError(veo.get("video_nosuch"), 404, "invalid_request_error", null, null);
        assertError(download("video_nosuch").then(), 404, "invalid_request_error", null, null);
    }

    @Test
    void aBareV1PathWithAnUnboundKeyIsTheOfficialApiNotVeo() {
        assertInvalid(client.request().multiPart("model", "veo_3_1").multiPart("prompt", "p").post("/v1/videos")
                .then(), "model", "invalid_value", "Invalid value: 'veo_3_1'. Supported values are: 'sora-2' and"
                        + " 'sora-2-pro'.");
    }
}
