package dev.videoapiemulator.dialect.kling;

import static dev.videoapiemulator.support.ErrorBody.assertInvalid;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.NewVideos;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class KlingCreateTest {

    static final String VIDEOS = "/kling/v1/videos";

    private static final List<String> VIDEO_FIELDS = List.of("id", "object", "model", "status", "progress",
            "created_at", "seconds", "completed_at", "expires_at", "size", "error", "metadata");

    private final Emulator client = Emulator.freshKey();

    private ValidatableResponse json(Map<String, ?> body) {
        return client.request().contentType(ContentType.JSON).body(body).post(VIDEOS).then();
    }

    @Test
    void aPromptAloneGetsEveryDefaultAndAllTwelveFieldsInTheSeedsOrder() {
        ValidatableResponse created = client.request().multiPart("prompt", "The astronaut stood up and walked away")
                .post(VIDEOS).then().statusCode(200).contentType(ContentType.JSON);
        VIDEO_FIELDS.forEach(field -> created.body("$", hasKey(field)));
        created.body("id", matchesPattern("task_[0-9a-f]{32}"))
                .body("$", NewVideos.queued("kling-v1", "5", "1280x720"))
                .body("completed_at", nullValue())
                .body("expires_at", nullValue())
                .body("error", nullValue())
                .body("metadata", nullValue());
        assertEquals(VIDEO_FIELDS, List.copyOf(created.extract().jsonPath().getMap("$").keySet()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kling-v1", "kling-v1-6", "kling-v2-master", "kling-v2-1-master", "kling-v2-5-turbo",
            "kling-v2-6"})
    void everyModelIsServed(String model) {
        json(Map.of("model", model, "prompt", "p")).statusCode(200).body("model", equalTo(model));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kling-v3", "KLING-V1", "veo_3_1", ""})
    void otherModelsAreRefusedWithTheList(String model) {
        assertInvalid(json(Map.of("model", model, "prompt", "p")), "model", "invalid_value", "Invalid value: '" + model
                + "'. Supported values are: 'kling-v1', 'kling-v1-6', 'kling-v2-master', 'kling-v2-1-master',"
                + " 'kling-v2-5-turbo', and 'kling-v2-6'.");
    }

    @Test
    void promptIsRequiredAndOneTo2500Characters() {
        assertInvalid(json(Map.of("model", "kling-v1")), "prompt", "missing_required_parameter",
                "Missing required parameter: 'prompt'.");
        assertInvalid(json(Map.of("prompt", "")), "prompt", "string_below_min_length", "Invalid 'prompt': string too"
                + " short. Expected a string with minimum length 1, but got a string with length 0 instead.");
        json(Map.of("prompt", "x")).statusCode(200);
        json(Map.of("prompt", "字".repeat(2500))).statusCode(200);
        assertInvalid(json(Map.of("prompt", "字".repeat(2501))), "prompt", "string_above_max_length", "Invalid"
                + " 'prompt': string too long. Expected a string with maximum length 2500, but got a string with"
                + " length 2501 instead.");
    }

    @Test
    void responseFormatIsUrl() {
        json(Map.of("prompt", "p", "response_format", "url")).statusCode(200);
        assertInvalid(json(Map.of("prompt", "p", "response_format", "b64_json")), "response_format", "invalid_value",
                "Invalid value: 'b64_json'. Supported values are: 'url'.");
    }

    @Test
    void userIsAnyString() {
        json(Map.of("prompt", "p", "user", "user-1234")).statusCode(200);
        assertInvalid(json(Map.of("prompt", "p", "user", 1234)), "user", "invalid_type",
                "Invalid type for 'user': expected a string, but got an integer instead.");
    }

    @Test
    void unknownFieldsAreRefused() {
        assertInvalid(json(Map.of("prompt", "p", "aspect_ratio", "16:9")), "aspect_ratio", "unknown_parameter",
                "Unknown parameter: 'aspect_ratio'.");
    }

    @Test
    void metadataIsAnyObjectEchoedBack() {
        Map<String, Object> metadata = Map.of("negative_prompt", "blur", "style", "anime", "quality_level", 2,
                "extra", Map.of("nested", List.of(1, 2)));
        json(Map.of("prompt", "p", "metadata", metadata)).statusCode(200)
                .body("metadata.negative_prompt", equalTo("blur")).body("metadata.quality_level", equalTo(2))
                .body("metadata.extra.nested", equalTo(List.of(1, 2)));
        json(Map.of("prompt", "p", "metadata", "{\"style\":\"news\"}")).statusCode(200)
                .body("metadata.style", equalTo("news"));
        client.request().multiPart("prompt", "p").multiPart("metadata", "{\"negative_prompt\":\"rain\"}").post(VIDEOS)
                .then().statusCode(200).body("metadata.negative_prompt", equalTo("rain"));
        client.request().multiPart("prompt", "p").multiPart("metadata[style]", "comic").post(VIDEOS)
                .then().statusCode(200).body("metadata.style", equalTo("comic"));
    }

    @Test
    void metadataThatIsNotAnObjectIsRefused() {
        assertInvalid(json(Map.of("prompt", "p", "metadata", List.of("a"))), "metadata", "invalid_type",
                "Invalid type for 'metadata': expected an object, but got an array instead.");
        assertInvalid(json(Map.of("prompt", "p", "metadata", "[1]")), "metadata", "invalid_value",
                "Invalid 'metadata': expected a JSON object, but got '[1]'.");
        assertInvalid(client.request().multiPart("prompt", "p").multiPart("metadata", "style=anime").post(VIDEOS)
                .then(), "metadata", "invalid_value", "Invalid 'metadata': expected a JSON object, but got"
                        + " 'style=anime'.");
    }
}
