package dev.videoapiemulator.dialect.openai;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static dev.videoapiemulator.support.ErrorBody.assertInvalid;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.Images;
import dev.videoapiemulator.support.NewVideos;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CreateVideoTest {

    private static final List<String> VIDEO_FIELDS = List.of("id", "object", "created_at", "status", "completed_at",
            "error", "expires_at", "model", "progress", "prompt", "remixed_from_video_id", "seconds", "size");

    private final Emulator client = Emulator.freshKey();

    @Test
    void multipartCreateAnswersAQueuedVideoWithAllThirteenFields() {
        ValidatableResponse created = client.request().multiPart("prompt", "A calico cat playing a piano")
                .post("/v1/videos").then().statusCode(200).contentType(ContentType.JSON);
        VIDEO_FIELDS.forEach(field -> created.body("$", hasKey(field)));
        created.body("id", matchesPattern("video_[0-9a-f]{48}"))
                .body("$", NewVideos.queued("sora-2", "4", "720x1280"))
                .body("prompt", equalTo("A calico cat playing a piano"))
                .body("completed_at", nullValue())
                .body("expires_at", nullValue())
                .body("error", nullValue())
                .body("remixed_from_video_id", nullValue());
    }

    @Test
    void jsonCreateTakesTheSameFields() {
        client.createJson(Map.of("prompt", "waves", "model", "sora-2-pro", "seconds", "12", "size", "1792x1024"))
                .statusCode(200)
                .body("model", equalTo("sora-2-pro"))
                .body("seconds", equalTo("12"))
                .body("size", equalTo("1792x1024"));
    }

    @Test
    void idStartsWithItsCreationTimeInHex() {
        ValidatableResponse created = client.createJson(Map.of("prompt", "clock")).statusCode(200);
        String id = created.extract().path("id");
        long createdAt = ((Number) created.extract().path("created_at")).longValue();
        org.junit.jupiter.api.Assertions.assertEquals(createdAt, Long.parseLong(id.substring(6, 14), 16));
    }

    @Test
    void promptIsRequired() {
        assertInvalid(client.request().multiPart("model", "sora-2").post("/v1/videos").then(), "prompt",
                "missing_required_parameter", "Missing required parameter: 'prompt'.");
        assertInvalid(client.createJson(Map.of("seconds", "4")), "prompt", "missing_required_parameter",
                "Missing required parameter: 'prompt'.");
    }

    @Test
    void promptBoundsOverHttp() {
        client.createJson(Map.of("prompt", "x".repeat(32_000))).statusCode(200);
        client.request().multiPart("prompt", "y".repeat(32_000)).post("/v1/videos").then().statusCode(200);
        assertError(client.createJson(Map.of("prompt", "x".repeat(32_001))), 400, "invalid_request_error", "prompt",
                "string_above_max_length");
        assertError(client.createJson(Map.of("prompt", "")), 400, "invalid_request_error", "prompt",
                "string_below_min_length");
    }

    @Test
    void enumsAreCheckedOverHttp() {
        assertInvalid(client.request().multiPart("prompt", "x").multiPart("seconds", "15").post("/v1/videos").then(),
                "seconds", "invalid_value", "Invalid value: '15'. Supported values are: '4', '8', and '12'.");
        assertInvalid(client.createJson(Map.of("prompt", "x", "size", "1080x1080")), "size", "invalid_value",
                "Invalid value: '1080x1080'. Supported values are: '720x1280', '1280x720', '1024x1792', and"
                        + " '1792x1024'.");
        assertInvalid(client.createJson(Map.of("prompt", "x", "model", "sora-1-turbo")), "model", "invalid_value",
                "Invalid value: 'sora-1-turbo'. Supported values are: 'sora-2' and 'sora-2-pro'.");
        assertInvalid(client.createJson(Map.of("prompt", "x", "size", "1024x1792")), "size", "invalid_value",
                "Invalid value: '1024x1792'. Supported values are: '720x1280' and '1280x720'.");
    }

    @Test
    void unknownParametersAreRefused() {
        assertInvalid(client.createJson(Map.of("prompt", "x", "width", 1280)), "width", "unknown_parameter",
                "Unknown parameter: 'width'.");
        assertInvalid(client.request().multiPart("prompt", "x").multiPart("quality", "hd").post("/v1/videos").then(),
                "quality", "unknown_parameter", "Unknown parameter: 'quality'.");
    }

    @Test
    void wrongJsonTypesAreRefused() {
        assertInvalid(client.createJson(Map.of("prompt", 42)), "prompt", "invalid_type",
                "Invalid type for 'prompt': expected a string, but got an integer instead.");
        assertInvalid(client.createJson(Map.of("prompt", "x", "seconds", 8)), "seconds", "invalid_type",
                "Invalid type for 'seconds': expected a string, but got an integer instead.");
        assertInvalid(client.createJson(Map.of("prompt", "x", "input_reference", "https://example.com/a.png")),
                "input_reference", "invalid_type",
                "Invalid type for 'input_reference': expected an object, but got a string instead.");
    }

    @Test
    void jsonNullMeansAbsent() {
        java.util.Map<String, Object> body = new java.util.HashMap<>();
        body.put("prompt", "nulls");
        body.put("seconds", null);
        client.createJson(body).statusCode(200).body("seconds", equalTo("4"));
    }

    @Test
    void uploadedReferenceImageMustMatchTheSize() {
        for (String format : List.of("png", "jpg")) {
            client.request().multiPart("prompt", "first frame")
                    .multiPart("input_reference", "ref." + format, Images.encode(format, 1280, 720))
                    .multiPart("size", "1280x720").post("/v1/videos").then().statusCode(200);
            assertError(client.request().multiPart("prompt", "first frame")
                    .multiPart("input_reference", "ref." + format, Images.encode(format, 640, 360))
                    .post("/v1/videos").then(), 400, "invalid_request_error", null, null)
                    .body("error.message", equalTo("Inpaint image must match the requested width and height"));
        }
    }

    @Test
    void nonImageUploadIsRefused() {
        assertInvalid(client.request().multiPart("prompt", "x")
                        .multiPart("input_reference", "notes.txt", "just text".getBytes()).post("/v1/videos").then(),
                "input_reference", "invalid_image_format",
                "Invalid file format for 'input_reference'. Supported formats are: 'image/jpeg', 'image/png', and"
                        + " 'image/webp'.");
    }

    @Test
    void stringReferenceInMultipartIsRefusedAsTheRealApiDoes() {
        assertInvalid(client.request().multiPart("prompt", "x").multiPart("input_reference", "https://x/y.png")
                        .post("/v1/videos").then(), "input_reference", "invalid_type",
                "Invalid type for 'input_reference': expected a file, but got a string instead.");
    }

    @Test
    void referenceObjectsTakeExactlyOneOfUrlOrFileId() {
        client.request().multiPart("prompt", "x").multiPart("input_reference[image_url]", "https://example.com/a.png")
                .post("/v1/videos").then().statusCode(200);
        client.createJson(Map.of("prompt", "x", "input_reference", Map.of("file_id", "file-123"))).statusCode(200);
        assertError(client.createJson(Map.of("prompt", "x", "input_reference",
                Map.of("file_id", "file-123", "image_url", "https://example.com/a.png"))), 400,
                "invalid_request_error", "input_reference", "invalid_value");
        assertError(client.createJson(Map.of("prompt", "x", "input_reference", Map.of())), 400,
                "invalid_request_error", "input_reference", "invalid_value");
        assertInvalid(client.createJson(Map.of("prompt", "x", "input_reference", Map.of("url", "https://a/b.png"))),
                "input_reference.url", "unknown_parameter", "Unknown parameter: 'input_reference.url'.");
        assertError(client.createJson(Map.of("prompt", "x", "input_reference", Map.of("image_url", "ftp://a/b.png"))),
                400, "invalid_request_error", "input_reference.image_url", "invalid_value");
    }

    @Test
    void dataUrlsAreDecodedAndChecked() {
        String good = "data:image/png;base64," + Base64.getEncoder().encodeToString(Images.encode("png", 720, 1280));
        String wrongSize = "data:image/png;base64," + Base64.getEncoder().encodeToString(Images.encode("png", 72, 128));
        client.createJson(Map.of("prompt", "x", "input_reference", Map.of("image_url", good))).statusCode(200);
        assertError(client.createJson(Map.of("prompt", "x", "input_reference", Map.of("image_url", wrongSize))), 400,
                "invalid_request_error", null, null);
        assertError(client.createJson(Map.of("prompt", "x", "input_reference",
                Map.of("image_url", "data:image/png;base64,@@@"))), 400, "invalid_request_error",
                "input_reference.image_url", "invalid_value");
    }
}
