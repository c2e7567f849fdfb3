package dev.videoapiemulator.dialect.openairelay;

import static dev.videoapiemulator.dialect.openairelay.RelayClient.assertError;
import static dev.videoapiemulator.dialect.openairelay.RelayClient.assertInvalid;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.videoapiemulator.support.Images;
import dev.videoapiemulator.support.VideoRoute;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The create fields, their defaults and enums, and the relay's error bodies for every status it documents. */
@QuarkusTest
class RelayRequestTest {

    private final VideoRoute client = RelayClient.freshKey();

    @ParameterizedTest
    @CsvSource({"sora-2,standard", "sora-2-pro,high"})
    void modelsAndTheirQuality(String model, String quality) {
        client.post("prompt", "q", "model", model).statusCode(200).body("model", equalTo(model))
                .body("quality", equalTo(quality));
    }

    @Test
    void otherModelsAreRefused() {
        assertInvalid(client.post("prompt", "q", "model", "sora-1"),
                "Invalid value: 'sora-1'. Supported values are: 'sora-2' and 'sora-2-pro'.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4", "8", "12"})
    void secondsAreFourEightOrTwelve(String seconds) {
        client.post("prompt", "s", "seconds", seconds).statusCode(200).body("seconds", equalTo(seconds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "5", "11", "13", "16", "four"})
    void otherLengthsAreRefused(String seconds) {
        assertInvalid(client.post("prompt", "s", "seconds", seconds),
                "Invalid value: '" + seconds + "'. Supported values are: '4', '8', and '12'.");
    }

    @ParameterizedTest
    @CsvSource({"sora-2,720x1280", "sora-2,1280x720", "sora-2-pro,720x1280", "sora-2-pro,1280x720",
            "sora-2-pro,1024x1792", "sora-2-pro,1792x1024"})
    void sizesEachModelRenders(String model, String size) {
        client.post("prompt", "s", "model", model, "size", size).statusCode(200).body("size", equalTo(size));
    }

    @Test
    void proSizesNeedAProModelAndOtherSizesAreRefused() {
        assertInvalid(client.post("prompt", "s", "size", "1792x1024"),
                "Invalid value: '1792x1024'. Supported values are: '720x1280' and '1280x720'.");
        assertInvalid(client.post("prompt", "s", "model", "sora-2-pro", "size", "1024x1808"),
                "Invalid value: '1024x1808'. Supported values are: '720x1280', '1280x720', '1024x1792', and"
                        + " '1792x1024'.");
    }

    @Test
    void promptIsRequiredAndNotBlank() {
        assertInvalid(client.post("model", "sora-2"), "Missing required parameter: 'prompt'.");
        assertInvalid(client.post("prompt", "   "), "Invalid 'prompt': string too short. Expected a string with"
                + " minimum length 1, but got a string with length 0 instead.");
    }

    @Test
    void unknownFieldsAreRefused() {
        assertInvalid(client.post("prompt", "p", "quality", "high"), "Unknown parameter: 'quality'.");
    }

    @Test
    void anInputReferenceImageMustMatchTheSize() {
        client.request().multiPart("prompt", "ref").multiPart("input_reference", "ref.png",
                Images.encode("png", 720, 1280), "image/png").post(RelayClient.VIDEOS).then().statusCode(200);
        assertInvalid(client.request().multiPart("prompt", "ref").multiPart("input_reference", "ref.png",
                Images.encode("png", 1280, 720), "image/png").post(RelayClient.VIDEOS).then(),
                "Invalid 'input_reference': the image is 1280x720 but the video is 720x1280; they must match.");
        assertInvalid(client.request().multiPart("prompt", "ref").multiPart("input_reference", "ref.txt",
                "not an image".getBytes(), "text/plain").post(RelayClient.VIDEOS).then(),
                "Invalid file format for 'input_reference'. Supported formats are: 'image/jpeg', 'image/png', and"
                        + " 'image/webp'.");
    }

    @Test
    void jsonBodiesWorkTooWithAReferenceUrl() {
        client.request().contentType(ContentType.JSON).body(Map.of("prompt", "json", "seconds", "8",
                "input_reference", "https://img.example/first.png")).post(RelayClient.VIDEOS).then().statusCode(200)
                .body("seconds", equalTo("8"));
        assertInvalid(client.request().contentType(ContentType.JSON).body(Map.of("prompt", "json",
                "input_reference", "first.png")).post(RelayClient.VIDEOS).then(), "Invalid 'input_reference': expected"
                        + " an image file, a fully qualified URL or a base64-encoded data URL.");
        assertInvalid(client.request().contentType(ContentType.JSON).body(Map.of("prompt", "json", "seconds", 8))
                .post(RelayClient.VIDEOS).then(),
                "Invalid type for 'seconds': expected a string, but got an integer instead.");
        assertError(client.request().contentType(ContentType.JSON).body("{").post(RelayClient.VIDEOS).then(), 400,
                "invalid_request_error", "invalid_parameter").body("error.message", startsWith("We could not parse"));
    }

    @Test
    void a401SaysInvalidApiKey() {
        given().multiPart("prompt", "p").post(RelayClient.VIDEOS).then().statusCode(401)
                .contentType("application/json")
                .body("error.message", equalTo("Invalid API key"))
                .body("error.type", equalTo("authentication_error"))
                .body("error.code", equalTo("invalid_api_key"));
        assertError(given().header("Authorization", "Basic abc").get(RelayClient.VIDEOS + "/video_x").then(), 401,
                "authentication_error", "invalid_api_key");
    }

    @Test
    void otherHttpErrorsUseTheRelayBody() {
        assertError(client.request().delete(RelayClient.VIDEOS + "/video_x").then(), 405, "invalid_request_error",
                "method_not_allowed");
        assertError(client.request().contentType(ContentType.TEXT).body("prompt").post(RelayClient.VIDEOS).then(),
                415, "invalid_request_error", "unsupported_content_type");
        assertError(client.request().get("/openai-relay/v1/videos/video_x/remix").then(), 404,
                "invalid_request_error", "not_found");
    }
}
