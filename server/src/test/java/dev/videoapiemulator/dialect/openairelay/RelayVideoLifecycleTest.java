package dev.videoapiemulator.dialect.openairelay;

import static dev.videoapiemulator.dialect.openairelay.RelayClient.assertError;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.FrozenClock;
import dev.videoapiemulator.support.NewVideos;
import dev.videoapiemulator.support.VideoRoute;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Create, poll queued → processing → completed, then download through the url the answer gives. */
@QuarkusTest
class RelayVideoLifecycleTest {

    private final VideoRoute client = RelayClient.freshKey();

    @Test
    void theCreateAnswerHasTheDocumentedDefaults() {
        client.post("prompt", "A calico cat playing a piano on stage").statusCode(200).contentType("application/json")
                .body("id", matchesPattern("video_[0-9a-f-]{36}"))
                .body("$", NewVideos.queued("sora-2", "4", "720x1280"))
                .body("quality", equalTo("standard"))
                .body("error", nullValue())
                .body("remixed_from_video_id", nullValue())
                .body("$", not(hasKey("url")))
                .body("$", not(hasKey("completed_at")))
                .body("$", not(hasKey("expires_at")));
    }

    @Test
    void statusesAreQueuedProcessingCompleted() {
        try (FrozenClock ignored = FrozenClock.freeze()) {
            String id = client.create("prompt", "timeline");
            client.get(id).statusCode(200).body("status", equalTo("queued")).body("progress", equalTo(0));
            Emulator.advanceClock(Duration.ofMillis(1000));
            client.get(id).body("status", equalTo("processing")).body("progress", equalTo(26))
                    .body("$", not(hasKey("url")));
            Emulator.advanceClock(Duration.ofMillis(1400));
            JsonPath done = client.get(id).body("status", equalTo("completed")).body("progress", equalTo(100))
                    .extract().jsonPath();
            assertEquals(done.getLong("completed_at") + 3600, done.getLong("expires_at"));
            assertTrue(done.getLong("created_at") < 10_000_000_000L, "seconds, not milliseconds");
            assertEquals(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/openai-relay/v1/videos/" + id
                    + "/content", done.getString("url"));
        }
    }

    @Test
    void theUrlStreamsTheMp4() {
        String id = client.completed("prompt", "download me", "size", "1280x720");
        String url = client.get(id).extract().path("url");
        Response video = client.request().get(url);
        video.then().statusCode(200).contentType("video/mp4")
                .header("Content-Disposition", equalTo("attachment; filename=\"" + id + ".mp4\""));
        byte[] bytes = video.asByteArray();
        assertEquals(bytes.length, Integer.parseInt(video.header("Content-Length")));
        assertEquals("ftyp", new String(Arrays.copyOfRange(bytes, 4, 8), StandardCharsets.US_ASCII));
    }

    @Test
    void variantsAreVideoThumbnailAndSpritesheet() {
        String id = client.completed("prompt", "variants");
        content(id, "video").statusCode(200).contentType("video/mp4");
        content(id, "thumbnail").statusCode(200).contentType("image/webp");
        content(id, "spritesheet").statusCode(200).contentType("image/jpeg");
        RelayClient.assertInvalid(content(id, "poster"),
                "Invalid value: 'poster'. Supported values are: 'video', 'thumbnail', and 'spritesheet'.");
        RelayClient.assertInvalid(content(id, "VIDEO"),
                "Invalid value: 'VIDEO'. Supported values are: 'video', 'thumbnail', and 'spritesheet'.");
    }

    @Test
    void contentIsRefusedUntilCompletedAndAfterExpiry() {
        try (FrozenClock ignored = FrozenClock.freeze()) {
            String id = client.create("prompt", "not yet");
            RelayClient.assertInvalid(content(id, null), "Video '" + id + "' is not completed yet, current status:"
                    + " queued");
            Emulator.advanceClock(Duration.ofMillis(1000));
            RelayClient.assertInvalid(content(id, null), "Video '" + id + "' is not completed yet, current status:"
                    + " processing");
            Emulator.advanceClock(Duration.ofMillis(1400));
            content(id, null).statusCode(200);
            Emulator.advanceClock(Duration.ofHours(1).minusMillis(1));
            content(id, null).statusCode(200);
            Emulator.advanceClock(Duration.ofMillis(1));
            assertError(content(id, null), 404, "invalid_request_error", "not_found");
        }
    }

    @Test
    void aFailedVideoCarriesItsErrorAndHasNoContent() {
        String id = client.create("prompt", "to be blocked");
        given().post("/__emulator/jobs/" + id + "/fail").then().statusCode(200);
        client.get(id).statusCode(200).body("status", equalTo("failed"))
                .body("error.code", equalTo("moderation_blocked"))
                .body("error.message", equalTo("Your request was blocked by our moderation system."))
                .body("$", not(hasKey("url")));
        RelayClient.assertInvalid(content(id, "video"), "Video '" + id + "' failed to generate, so it has no content"
                + " to download.");
    }

    @Test
    void unknownAndForeignIdsAre404() {
        assertError(client.get("video_missing"), 404, "invalid_request_error", "not_found")
                .body("error.message", equalTo("Video with id 'video_missing' not found."));
        String id = client.create("prompt", "mine");
        assertError(RelayClient.freshKey().get(id), 404, "invalid_request_error", "not_found");
        String official = client.emulator().create("prompt", "official");
        assertError(client.get(official), 404, "invalid_request_error", "not_found");
    }

    private io.restassured.response.ValidatableResponse content(String id, String variant) {
        var spec = client.request();
        if (variant != null) {
            spec = spec.queryParam("variant", variant);
        }
        return spec.get(RelayClient.VIDEOS + "/" + id + "/content").then();
    }
}
