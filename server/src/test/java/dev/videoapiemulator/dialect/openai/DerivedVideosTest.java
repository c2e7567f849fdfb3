package dev.videoapiemulator.dialect.openai;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static dev.videoapiemulator.support.ErrorBody.assertInvalid;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.FrozenClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Remix, edits and extensions: new jobs made from a completed video of the same key. */
@QuarkusTest
class DerivedVideosTest {

    private final Emulator client = Emulator.freshKey();

    private ValidatableResponse postJson(String path, Map<String, ?> body) {
        return client.request().contentType(ContentType.JSON).body(body).post(path).then();
    }

    @Test
    void remixKeepsModelSizeAndLengthAndNamesItsSource() {
        String source = client.completed("prompt", "original", "model", "sora-2-pro", "size", "1024x1792",
                "seconds", "8");
        postJson("/v1/videos/" + source + "/remix", Map.of("prompt", "now at night")).statusCode(200)
                .body("id", matchesPattern("video_[0-9a-f]{48}")).body("id", not(equalTo(source)))
                .body("status", equalTo("queued"))
                .body("prompt", equalTo("now at night"))
                .body("remixed_from_video_id", equalTo(source))
                .body("model", equalTo("sora-2-pro")).body("size", equalTo("1024x1792")).body("seconds", equalTo("8"));
        // The Java SDK sends remix as multipart.
        client.request().multiPart("prompt", "in the rain").post("/v1/videos/" + source + "/remix").then()
                .statusCode(200).body("remixed_from_video_id", equalTo(source));
    }

    @Test
    void remixNeedsACompletedSourceAndOnlyAPrompt() {
        try (FrozenClock ignored = FrozenClock.freeze()) {
            String pending = client.create("prompt", "still rendering");
            assertError(postJson("/v1/videos/" + pending + "/remix", Map.of("prompt", "x")), 400,
                    "invalid_request_error", null, null);
        }
        String done = client.completed("prompt", "done");
        assertInvalid(postJson("/v1/videos/" + done + "/remix", Map.of()), "prompt", "missing_required_parameter",
                "Missing required parameter: 'prompt'.");
        assertInvalid(postJson("/v1/videos/" + done + "/remix", Map.of("prompt", "x", "seconds", "8")), "seconds",
                "unknown_parameter", "Unknown parameter: 'seconds'.");
        assertError(postJson("/v1/videos/video_nope/remix", Map.of("prompt", "x")), 404, "invalid_request_error",
                null, null);
    }

    @Test
    void editTakesTheSourceByIdInJsonOrMultipart() {
        String source = client.completed("prompt", "street", "size", "1280x720", "seconds", "12");
        postJson("/v1/videos/edits", Map.of("prompt", "make it snow", "video", Map.of("id", source))).statusCode(200)
                .body("prompt", equalTo("make it snow")).body("size", equalTo("1280x720"))
                .body("seconds", equalTo("12")).body("model", equalTo("sora-2"))
                .body("remixed_from_video_id", nullValue());
        client.request().multiPart("prompt", "make it rain").multiPart("video[id]", source).post("/v1/videos/edits")
                .then().statusCode(200).body("size", equalTo("1280x720"));
    }

    @Test
    void editValidatesItsVideo() {
        assertInvalid(postJson("/v1/videos/edits", Map.of("prompt", "x")), "video", "missing_required_parameter",
                "Missing required parameter: 'video'.");
        assertInvalid(postJson("/v1/videos/edits", Map.of("prompt", "x", "video", Map.of())), "video.id",
                "missing_required_parameter", "Missing required parameter: 'video.id'.");
        assertInvalid(postJson("/v1/videos/edits", Map.of("prompt", "x", "video", "video_123")), "video",
                "invalid_type", "Invalid type for 'video': expected an object, but got a string instead.");
        assertError(client.request().multiPart("prompt", "x").multiPart("video", "clip.mp4", "not a video".getBytes())
                .post("/v1/videos/edits").then(), 400, "invalid_request_error", "video", "invalid_video_format");
    }

    @Test
    void extensionReportsTheStitchedTotal() {
        String source = client.completed("prompt", "a road", "seconds", "4");
        String extended = postJson("/v1/videos/extensions",
                Map.of("prompt", "keep driving", "seconds", "8", "video", Map.of("id", source))).statusCode(200)
                .body("seconds", equalTo("12")).body("status", equalTo("queued")).extract().path("id");
        Emulator.advanceClock(java.time.Duration.ofMinutes(1));
        client.request().multiPart("prompt", "and further").multiPart("seconds", "20").multiPart("video[id]", extended)
                .post("/v1/videos/extensions").then().statusCode(200).body("seconds", equalTo("32"));
    }

    @Test
    void extensionIsBounded() {
        String source = client.completed("prompt", "long", "seconds", "12");
        assertInvalid(postJson("/v1/videos/extensions", Map.of("prompt", "x", "video", Map.of("id", source))),
                "seconds", "missing_required_parameter", "Missing required parameter: 'seconds'.");
        assertInvalid(postJson("/v1/videos/extensions",
                        Map.of("prompt", "x", "seconds", "24", "video", Map.of("id", source))), "seconds",
                "invalid_value", "Invalid value: '24'. Supported values are: '4', '8', '12', '16', and '20'.");
        String current = source;
        for (int i = 0; i < 5; i++) {
            current = postJson("/v1/videos/extensions",
                    Map.of("prompt", "more", "seconds", "20", "video", Map.of("id", current))).statusCode(200)
                    .extract().path("id");
            Emulator.advanceClock(java.time.Duration.ofMinutes(1));
        }
        // 12 + 5 x 20 = 112 seconds: 8 more would pass 120.
        assertError(postJson("/v1/videos/extensions",
                Map.of("prompt", "too much", "seconds", "12", "video", Map.of("id", current))), 400,
                "invalid_request_error", "seconds", "invalid_value");
        current = postJson("/v1/videos/extensions",
                Map.of("prompt", "last", "seconds", "8", "video", Map.of("id", current))).statusCode(200)
                .body("seconds", equalTo("120")).extract().path("id");
        Emulator.advanceClock(java.time.Duration.ofMinutes(1));
        // Six extensions are the most a video can have, whatever its length.
        assertError(postJson("/v1/videos/extensions",
                Map.of("prompt", "seventh", "seconds", "4", "video", Map.of("id", current))), 400,
                "invalid_request_error", "video", "invalid_value");
    }
}
