package dev.videoapiemulator.dialect.sorarelay;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static dev.videoapiemulator.support.ErrorBody.assertInvalid;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.FrozenClock;
import dev.videoapiemulator.support.Images;
import dev.videoapiemulator.support.VideoRoute;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Creating, polling and downloading through /sora-relay/v1/videos, and every rule of the create form. */
@QuarkusTest
class SoraRelayCreateTest {

    private static final String CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz";

    private final VideoRoute client = RelayClient.freshKey();

    @Test
    void createPollAndDownload() {
        try (FrozenClock ignored = FrozenClock.freeze()) {
            JsonPath created = client.post("model", "sora-2", "prompt", "a red fox in snow").statusCode(200)
                    .body("object", equalTo("video")).body("model", equalTo("sora-2"))
                    .body("status", equalTo("queued")).body("progress", equalTo(0))
                    .body("seconds", equalTo("10")).body("size", equalTo("720x1280"))
                    .body("$", not(hasKey("video_url"))).body("$", not(hasKey("completed_at")))
                    .body("$", not(hasKey("prompt"))).extract().jsonPath();
            String id = created.getString("id");
            assertTrue(id.matches("sora-2:task_[0-9a-hjkmnp-tv-z]{26}"), id);
            long createdAt = created.getLong("created_at");
            assertTrue(createdAt > 1_000_000_000_000L, "milliseconds: " + createdAt);
            assertEquals(createdAt, ulidMillis(id.substring("sora-2:task_".length())));

            client.request().get(RelayClient.VIDEOS + "/" + id + "/content").then().statusCode(400)
                    .body("error.message", equalTo("Task is not completed yet, current status: QUEUED"));
            Emulator.advanceClock(Duration.ofMillis(600));
            client.get(id).statusCode(200).body("status", equalTo("in_progress"));
            client.request().get(RelayClient.VIDEOS + "/" + id + "/content").then().statusCode(400)
                    .body("error.message", equalTo("Task is not completed yet, current status: IN_PROGRESS"));

            Emulator.advanceClock(Duration.ofMinutes(1));
            JsonPath done = client.get(id).statusCode(200).body("status", equalTo("completed"))
                    .body("progress", equalTo(100))
                    .body("video_url", endsWith("/sora-relay/v1/videos/" + id + "/content"))
                    .extract().jsonPath();
            assertEquals(done.getString("video_url"), done.getString("url"));
            assertTrue(done.getLong("completed_at") > createdAt);
            assertEquals(done.getLong("completed_at") + Duration.ofHours(1).toMillis(), done.getLong("expires_at"));

            byte[] mp4 = client.request().get(RelayClient.VIDEOS + "/" + id + "/content").then().statusCode(200)
                    .contentType("video/mp4").extract().asByteArray();
            assertEquals("ftyp", new String(mp4, 4, 4, StandardCharsets.US_ASCII));
            byte[] variant = client.request().get(RelayClient.VIDEOS + "/" + id + "/content?variant=thumbnail").then()
                    .statusCode(200).contentType("video/mp4").extract().asByteArray();
            assertEquals(mp4.length, variant.length);
        }
    }

    @Test
    void jsonBodiesWorkToo() {
        String id = client.request().contentType(ContentType.JSON)
                .body(Map.of("model", "sora-2-pro", "prompt", "json", "seconds", "15", "size", "1792x1024",
                        "watermark", true, "private", false))
                .post(RelayClient.VIDEOS).then().statusCode(200)
                .body("model", equalTo("sora-2-pro")).body("seconds", equalTo("15")).body("size", equalTo("1792x1024"))
                .extract().path("id");
        assertTrue(id.startsWith("sora-2-pro:task_"), id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sora-2", "sora-2-pro", "sora-2-2025-10-06", "sora-2-pro-2025-10-06"})
    void everyModelIsAcceptedAndNamesTheId(String model) {
        String id = client.post("model", model, "prompt", "p").statusCode(200).body("model", equalTo(model))
                .extract().path("id");
        assertTrue(id.startsWith(model + ":task_"), id);
    }

    @Test
    void unknownModelListsTheModels() {
        assertInvalid(client.post("model", "sora-3", "prompt", "p"), "model", "invalid_value",
                "Invalid value: 'sora-3'. Supported values are: 'sora-2', 'sora-2-pro', 'sora-2-2025-10-06', and"
                        + " 'sora-2-pro-2025-10-06'.");
    }

    @Test
    void modelAndPromptAreRequired() {
        assertInvalid(client.post("prompt", "p"), "model", "missing_required_parameter",
                "Missing required parameter: 'model'.");
        assertInvalid(client.post("model", "", "prompt", "p"), "model", "missing_required_parameter",
                "Missing required parameter: 'model'.");
        assertInvalid(client.post("model", "sora-2"), "prompt", "missing_required_parameter",
                "Missing required parameter: 'prompt'.");
        assertError(client.post("model", "sora-2", "prompt", "  "), 400, "invalid_request_error", "prompt",
                "string_below_min_length");
    }

    @Test
    void promptLengthBothSidesOfTheLimit() {
        client.post("model", "sora-2", "prompt", "x".repeat(32_000)).statusCode(200);
        assertError(client.post("model", "sora-2", "prompt", "x".repeat(32_001)), 400, "invalid_request_error",
                "prompt", "string_above_max_length");
    }

    @ParameterizedTest
    @ValueSource(strings = {"720x1280", "1280x720", "1024x1792", "1792x1024"})
    void everySizeIsAccepted(String size) {
        client.post("model", "sora-2", "prompt", "p", "size", size).statusCode(200).body("size", equalTo(size));
    }

    @Test
    void emptyFieldsCountAsAbsent() {
        client.post("model", "sora-2", "prompt", "p", "size", "", "seconds", "", "watermark", "", "private", "",
                "metadata", "", "character_url", "", "character_timestamps", "", "character_from_task", "",
                "character_create", "").statusCode(200)
                .body("size", equalTo("720x1280")).body("seconds", equalTo("10"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1920x1080", "1280X720", "720x720"})
    void otherSizesAreRefused(String size) {
        assertInvalid(client.post("model", "sora-2", "prompt", "p", "size", size), "size", "invalid_value",
                "Invalid value: '" + size + "'. Supported values are: '720x1280', '1280x720', '1024x1792', and"
                        + " '1792x1024'.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "15"})
    void standardLengths(String seconds) {
        client.post("model", "sora-2", "prompt", "p", "seconds", seconds).statusCode(200)
                .body("seconds", equalTo(seconds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4", "9", "12", "16", "20", "26", "abc"})
    void otherLengthsAreRefused(String seconds) {
        assertInvalid(client.post("model", "sora-2-pro", "prompt", "p", "seconds", seconds), "seconds",
                "invalid_value", "Invalid value: '" + seconds + "'. Supported values are: '10', '15', and '25'.");
    }

    @Test
    void twentyFiveSecondsIsNotOfferedOnStandardModels() {
        assertInvalid(client.post("model", "sora-2", "prompt", "p", "seconds", "25"), "seconds", "invalid_value",
                "Invalid value: '25'. Supported values are: '10' and '15'.");
    }

    @Test
    void twentyFiveSecondsNeedsAProTierKey() {
        assertError(client.post("model", "sora-2-pro", "prompt", "p", "seconds", "25"), 403, "permission_error",
                "seconds", "insufficient_permissions")
                .body("error.message", equalTo("Videos of 25 seconds need an API key of the 'pro' tier; this key's"
                        + " tier is not set."));
    }

    @Test
    void unknownParametersAreRefused() {
        assertInvalid(client.post("model", "sora-2", "prompt", "p", "style", "anime"), "style", "unknown_parameter",
                "Unknown parameter: 'style'.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"watermark", "private", "character_create"})
    void flagsTakeTrueOrFalse(String flag) {
        client.post("model", "sora-2", "prompt", "p", flag, "true").statusCode(200);
        client.post("model", "sora-2", "prompt", "p", flag, "FALSE").statusCode(200);
        assertInvalid(client.post("model", "sora-2", "prompt", "p", flag, "yes"), flag, "invalid_value",
                "Invalid value: 'yes'. Supported values are: 'true' and 'false'.");
    }

    @Test
    void metadataIsAJsonObjectStringAndIsEchoed() {
        client.post("model", "sora-2", "prompt", "p", "metadata", "{\"order\":\"42\",\"n\":1}").statusCode(200)
                .body("metadata.order", equalTo("42")).body("metadata.n", equalTo(1));
        client.post("model", "sora-2", "prompt", "p").statusCode(200).body("$", not(hasKey("metadata")));
        for (String bad : new String[] {"[1]", "nope", "\"text\""}) {
            assertError(client.post("model", "sora-2", "prompt", "p", "metadata", bad), 400, "invalid_request_error",
                    "metadata", "invalid_value");
        }
    }

    @Test
    void inputReferenceIsAnImageOrItsUrl() {
        client.request().multiPart("model", "sora-2").multiPart("prompt", "p")
                .multiPart("input_reference", "ref.png", Images.encode("png", 64, 64), "image/png")
                .post(RelayClient.VIDEOS).then().statusCode(200);
        assertError(client.request().multiPart("model", "sora-2").multiPart("prompt", "p")
                .multiPart("input_reference", "ref.txt", "not an image".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post(RelayClient.VIDEOS).then(), 400, "invalid_request_error", "input_reference",
                "invalid_image_format");
        client.post("model", "sora-2", "prompt", "p", "input_reference", "https://example.com/cat.jpg")
                .statusCode(200);
        assertError(client.post("model", "sora-2", "prompt", "p", "input_reference", "ftp://example.com/cat.jpg"),
                400, "invalid_request_error", "input_reference", "invalid_value");
    }

    @Test
    void unknownTasksAreAnsweredAsTheRelayDoes() {
        String unknown = "sora-2:task_01kbhfs5yceakr1pa0qrfzfeqk";
        assertError(client.get(unknown), 400, "invalid_request_error", null, "task_not_exist")
                .body("error.message", equalTo("task_not_exist"));
        assertError(client.request().get(RelayClient.VIDEOS + "/" + unknown + "/content").then(), 404,
                "invalid_request_error", null, null).body("error.message", equalTo("Task not found"));
    }

    @Test
    void anotherKeysTaskIsUnknown() {
        String id = client.create("model", "sora-2", "prompt", "mine");
        assertError(RelayClient.freshKey().get(id), 400, "invalid_request_error", null, "task_not_exist");
    }

    @Test
    void failedTasksCarryTheirErrorAndHaveNoContent() {
        String id = client.create("model", "sora-2", "prompt", "doomed");
        given().post("/__emulator/jobs/" + id + "/fail?code=content_policy_violation&message=blocked").then()
                .statusCode(200);
        client.get(id).statusCode(200).body("status", equalTo("failed"))
                .body("error.code", equalTo("content_policy_violation")).body("error.message", equalTo("blocked"))
                .body("$", not(hasKey("video_url"))).body("completed_at", nullValue());
        client.request().get(RelayClient.VIDEOS + "/" + id + "/content").then().statusCode(400)
                .body("error.message", equalTo("Task is not completed yet, current status: FAILURE"));
    }

    @Test
    void theKeyIsCheckedFirst() {
        assertError(given().multiPart("model", "sora-2").post(RelayClient.VIDEOS).then(), 401,
                "invalid_request_error", null, "invalid_api_key");
    }

    private static long ulidMillis(String ulid) {
        long value = 0;
        for (int i = 0; i < 10; i++) {
            value = value * 32 + CROCKFORD.indexOf(ulid.charAt(i));
        }
        return value;
    }
}
