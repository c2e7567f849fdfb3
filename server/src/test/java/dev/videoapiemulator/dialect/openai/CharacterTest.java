package dev.videoapiemulator.dialect.openai;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static dev.videoapiemulator.support.ErrorBody.assertInvalid;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.Videos;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CharacterTest {

    private static final byte[] CLIP = Videos.mp4(64, 48, 48, 24);

    private final Emulator client = Emulator.freshKey();

    @Test
    void createThenGetACharacter() {
        String id = client.request().multiPart("name", "Mossy").multiPart("video", "mossy.mp4", CLIP, "video/mp4")
                .post("/v1/videos/characters").then().statusCode(200)
                .body("id", matchesPattern("char_[0-9a-f]{32}")).body("name", equalTo("Mossy"))
                .extract().path("id");
        client.request().get("/v1/videos/characters/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("name", equalTo("Mossy"));
        assertError(Emulator.freshKey().request().get("/v1/videos/characters/" + id).then(), 404,
                "invalid_request_error", null, null);
    }

    @Test
    void nameAndVideoAreChecked() {
        assertInvalid(client.request().multiPart("video", "a.mp4", CLIP).post("/v1/videos/characters").then(), "name",
                "missing_required_parameter", "Missing required parameter: 'name'.");
        assertInvalid(client.request().multiPart("name", "n").post("/v1/videos/characters").then(), "video",
                "missing_required_parameter", "Missing required parameter: 'video'.");
        assertError(client.request().multiPart("name", "n".repeat(81)).multiPart("video", "a.mp4", CLIP)
                .post("/v1/videos/characters").then(), 400, "invalid_request_error", "name", "string_above_max_length");
        client.request().multiPart("name", "n".repeat(80)).multiPart("video", "a.mp4", CLIP)
                .post("/v1/videos/characters").then().statusCode(200);
        assertError(client.request().multiPart("name", "n").multiPart("video", "a.png", new byte[] {1, 2, 3})
                .post("/v1/videos/characters").then(), 400, "invalid_request_error", "video", "invalid_video_format");
        assertInvalid(client.request().multiPart("name", "n").multiPart("video", "video_123")
                        .post("/v1/videos/characters").then(), "video", "invalid_type",
                "Invalid type for 'video': expected a file, but got a string instead.");
    }

    @Test
    void charactersAreMultipartOnly() {
        assertError(client.request().contentType(ContentType.JSON).body(Map.of("name", "n"))
                .post("/v1/videos/characters").then(), 415, "invalid_request_error", null, "unsupported_content_type");
    }

    @Test
    void unknownCharacterIs404() {
        assertError(client.request().get("/v1/videos/characters/char_missing").then(), 404, "invalid_request_error",
                null, null);
    }

    @Test
    void anUploadedVideoCanBeEditedWithItsOwnSize() {
        client.request().multiPart("prompt", "recolour").multiPart("video", "clip.mp4", CLIP, "video/mp4")
                .post("/v1/videos/edits").then().statusCode(200)
                .body("size", equalTo("64x48")).body("seconds", equalTo("2"));
    }
}
