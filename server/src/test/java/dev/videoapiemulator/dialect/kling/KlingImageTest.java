package dev.videoapiemulator.dialect.kling;

import static dev.videoapiemulator.support.ErrorBody.assertInvalid;

import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.Images;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** image: a URL (never fetched) or base64, decoded and checked to be a JPEG, PNG or WebP. */
@QuarkusTest
class KlingImageTest {

    private static final String NOT_AN_IMAGE = "Invalid file format for 'image'. Supported formats are: 'image/jpeg',"
            + " 'image/png', and 'image/webp'.";

    private final Emulator client = Emulator.freshKey();

    private ValidatableResponse withImage(Object image) {
        return client.request().contentType(ContentType.JSON).body(Map.of("prompt", "astronaut", "image", image))
                .post(KlingCreateTest.VIDEOS).then();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/image.jpg", "http://example.com/image.png"})
    void urlsAreTakenUnfetched(String url) {
        withImage(url).statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpg"})
    void base64AndDataUrlsAreDecoded(String format) {
        String base64 = Base64.getEncoder().encodeToString(Images.encode(format, 300, 200));
        withImage(base64).statusCode(200);
        withImage("data:image/" + format + ";base64," + base64).statusCode(200);
        client.request().multiPart("prompt", "p").multiPart("image", base64).post(KlingCreateTest.VIDEOS).then()
                .statusCode(200);
    }

    @Test
    void anUploadedFileIsTakenToo() {
        client.request().multiPart("prompt", "p").multiPart("image", "a.png", Images.encode("png", 64, 64), "image/png")
                .post(KlingCreateTest.VIDEOS).then().statusCode(200);
        assertInvalid(client.request().multiPart("prompt", "p").multiPart("image", "a.txt",
                "text".getBytes(StandardCharsets.UTF_8), "text/plain").post(KlingCreateTest.VIDEOS).then(), "image",
                "invalid_image_format", NOT_AN_IMAGE);
    }

    @Test
    void base64ThatIsNotAnImageIsRefused() {
        assertInvalid(withImage(Base64.getEncoder().encodeToString("GIF89a....".getBytes(StandardCharsets.UTF_8))),
                "image", "invalid_image_format", NOT_AN_IMAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64!", "ftp://example.com/a.png", ""})
    void textThatIsNeitherAUrlNorBase64IsRefused(String value) {
        assertInvalid(withImage(value), "image", "invalid_value",
                "Invalid 'image': expected an http(s) URL or base64-encoded image data.");
    }

    @Test
    void aNonStringImageIsRefused() {
        assertInvalid(withImage(42), "image", "invalid_type",
                "Invalid type for 'image': expected a string or a file, but got an integer instead.");
    }
}
