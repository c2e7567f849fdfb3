package dev.videoapiemulator.dialect.veo;

import static dev.videoapiemulator.support.ErrorBody.assertInvalid;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.NewVideos;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class VeoCreateTest {

    private static final String ALL_MODELS = "'veo2', 'veo2-fast', 'veo2-pro', 'veo2-fast-frames', 'veo3', 'veo3-fast',"
            + " 'veo3-pro', 'veo3-frames', 'veo3-fast-frames', 'veo3-pro-frames', 'veo_3_1', 'veo_3_1-fast',"
            + " 'veo_3_1-4K', 'veo_3_1-fast-4K', 'veo3.1', 'veo3.1-fast', 'veo3.1-pro', 'veo3.1-4k', 'veo3.1-pro-4k',"
            + " 'veo3.1-components', 'veo3.1-fast-components', 'veo3.1-components-4k', 'veo_3_1-components',"
            + " 'veo_3_1-components-4K', and 'veo_3_1-fast-components-4K'";

    private final Emulator client = Emulator.freshKey();
    private final VeoRequests veo = new VeoRequests(client);

    @Test
    void theSeedsExampleAnswersTheSeedsEightFields() {
        long before = Instant.now().getEpochSecond() - 5;
        ValidatableResponse created = veo.create().statusCode(200).contentType(ContentType.JSON)
                .body("id", matchesPattern("video_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"))
                .body("$", NewVideos.queued("veo_3_1", "8", "16x9"))
                .body("$", not(hasKey("completed_at")))
                .body("$", not(hasKey("expires_at")))
                .body("$", not(hasKey("error")));
        long createdAt = ((Number) created.extract().path("created_at")).longValue();
        assertTrue(createdAt > before && createdAt < 10_000_000_000L,
                "created_at is Unix seconds: " + createdAt);
        assertEquals(8, ((Map<?, ?>) created.extract().as(Map.class)).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"veo2", "veo2-fast", "veo2-pro", "veo2-fast-frames", "veo3", "veo3-fast", "veo3-pro",
            "veo3-frames", "veo3-fast-frames", "veo3-pro-frames", "veo_3_1", "veo_3_1-fast", "veo_3_1-4K",
            "veo_3_1-fast-4K", "veo3.1", "veo3.1-fast", "veo3.1-pro", "veo3.1-4k", "veo3.1-pro-4k",
            "veo3.1-components", "veo3.1-fast-components", "veo3.1-components-4k", "veo_3_1-components",
            "veo_3_1-components-4K", "veo_3_1-fast-components-4K"})
    void everyListedModelIsServedByName(String model) {
        veo.create("model", model).statusCode(200).body("model", equalTo(model));
    }

    @ParameterizedTest
    @ValueSource(strings = {"veo-3.1", "VEO_3_1", "veo_3_1-4k", "veo3.1-4K", "veo2-frames", "sora-2", ""})
    void unlistedModelsAreRefusedWithTheList(String model) {
        assertInvalid(veo.create("model", model), "model", "invalid_value",
                "Invalid value: '" + model + "'. Supported values are: " + ALL_MODELS + ".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"model", "prompt", "seconds", "size"})
    void theSeedsRequiredFieldsAreRequired(String field) {
        assertInvalid(veo.create(field, null), field, "missing_required_parameter",
                "Missing required parameter: '" + field + "'.");
    }

    @Test
    void anEmptyPromptIsTooShortButOneCharacterIsEnough() {
        assertInvalid(veo.create("prompt", ""), "prompt", "string_below_min_length", "Invalid 'prompt': string too"
                + " short. Expected a string with minimum length 1, but got a string with length 0 instead.");
        veo.create("prompt", "x").statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4", "7", "9", "12", "8.0", "eight"})
    void secondsIsOnlyEight(String seconds) {
        assertInvalid(veo.create("seconds", seconds), "seconds", "invalid_value",
                "Invalid value: '" + seconds + "'. Supported values are: '8'.");
    }

    @ParameterizedTest
    @CsvSource({"16x9, 16x9", "9x16, 9x16", "1280x720, 1280x720", "720x1280, 720x1280"})
    void standardModelsEchoTheSize(String size, String answered) {
        veo.create("size", size).statusCode(200).body("size", equalTo(answered));
    }

    @ParameterizedTest
    @CsvSource({"16x9, 3840x2160", "9x16, 2160x3840", "1280x720, 3840x2160", "720x1280, 2160x3840",
            "3840x2160, 3840x2160", "2160x3840, 2160x3840"})
    void fourKModelsAnswerTheFourKFrame(String size, String answered) {
        veo.create("model", "veo3.1-pro-4k", "size", size).statusCode(200).body("size", equalTo(answered));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3840x2160", "2160x3840", "1792x1024", "1x1", "16:9", "16X9"})
    void standardModelsListTheirFourSizes(String size) {
        assertInvalid(veo.create("size", size), "size", "invalid_value", "Invalid value: '" + size
                + "'. Supported values are: '16x9', '9x16', '1280x720', and '720x1280'.");
    }

    @Test
    void fourKModelsListTheirSixSizes() {
        assertInvalid(veo.create("model", "veo_3_1-4K", "size", "1920x1080"), "size", "invalid_value",
                "Invalid value: '1920x1080'. Supported values are: '16x9', '9x16', '1280x720', '720x1280', '3840x2160',"
                        + " and '2160x3840'.");
    }

    @Test
    void watermarkIsTrueOrFalse() {
        veo.create("watermark", "true").statusCode(200);
        veo.create("watermark", "false").statusCode(200);
        assertInvalid(veo.create("watermark", "yes"), "watermark", "invalid_value",
                "Invalid value: 'yes'. Supported values are: 'true' and 'false'.");
    }

    @Test
    void unknownFieldsAreRefused() {
        assertInvalid(veo.create("duration", "8"), "duration", "unknown_parameter", "Unknown parameter: 'duration'.");
    }

    @Test
    void jsonBodiesTakeTheSameFieldsAndABooleanWatermark() {
        Map<String, Object> body = Map.of("model", "veo3.1-components", "prompt", "json", "seconds", "8",
                "size", "9x16", "watermark", true);
        client.request().contentType(ContentType.JSON).body(body).post(VeoRequests.VIDEOS).then().statusCode(200)
                .body("model", equalTo("veo3.1-components")).body("size", equalTo("9x16"));
        assertInvalid(client.request().contentType(ContentType.JSON).body(Map.of("model", "veo3", "prompt", "p",
                "seconds", 8, "size", "16x9")).post(VeoRequests.VIDEOS).then(), "seconds", "invalid_type",
                "Invalid type for 'seconds': expected a string, but got an integer instead.");
    }
}
