package dev.videoapiemulator.dialect.newapi;

import static dev.videoapiemulator.dialect.newapi.NewApiClient.assertMiddlewareError;
import static dev.videoapiemulator.dialect.newapi.NewApiClient.assertTaskError;
import static dev.videoapiemulator.dialect.newapi.NewApiClient.body;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.videoapiemulator.support.Images;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every field of a submit on both sides of each bound, through new-api's layers in order: the
 * distributor (model), new-api's own checks (prompt, length bounds, sora sizes), and the upstream's
 * rules (OpenAI's for sora, Kling's for Kling), whose refusals new-api relays as fail_to_fetch_task.
 */
@QuarkusTest
class NewApiSubmitTest {

    private static final String PNG = Base64.getEncoder().encodeToString(Images.encode("png", 64, 64));

    private final NewApiClient client = new NewApiClient();

    @ParameterizedTest
    @ValueSource(strings = {"sora-2", "sora-2-pro", "kling-v1", "kling-v1-6", "kling-v2-master", "kling-v2-1-master",
            "kling-v2-5-turbo", "kling-v2-6"})
    void everyModelWithAChannelIsServed(String model) {
        String id = client.create(model);
        client.video(id).body("model", equalTo(model));
    }

    @Test
    void theDistributorWantsAModelItHasAChannelFor() {
        String required = "未指定模型名称，模型名称不能为空";
        assertMiddlewareError(client.post(body("kling-v1", "model", null)), 400, "", required);
        assertMiddlewareError(client.post(body("")), 400, "", required);
        assertMiddlewareError(client.post(body("sora-3")), 503, "model_not_found",
                "分组 default 下模型 sora-3 无可用渠道（distributor）");
        assertMiddlewareError(client.post(body("Kling-V1")), 503, "model_not_found",
                "分组 default 下模型 Kling-V1 无可用渠道（distributor）");
        assertMiddlewareError(client.postRaw("{\"model\":5,\"prompt\":\"a boat\"}"), 400, "",
                "无效的请求, json: cannot unmarshal number into Go struct field ModelRequest.model of type string");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sora-2", "kling-v1"})
    void aPromptIsRequiredAndNotBlank(String model) {
        assertTaskError(client.post(body(model, "prompt", null)), 400, "invalid_request", "prompt is required");
        assertTaskError(client.post(body(model, "prompt", " \t ")), 400, "invalid_request", "prompt is required");
        client.create(model, "prompt", "x");
    }

    /** The sora adaptor reads the body with ValidateMultipartDirect (invalid_json), Kling's with ValidateBasicTaskRequest (invalid_request). */
    @ParameterizedTest
    @CsvSource({"sora-2,invalid_json", "kling-v1,invalid_request"})
    void aStringFieldOfAnotherTypeIsAnUnreadableBody(String model, String code) {
        String go = "json: cannot unmarshal %s into Go struct field TaskSubmitReq.%s of type %s";
        assertTaskError(client.post(body(model, "prompt", 7)), 400, code, String.format(go, "number", "prompt",
                "string"));
        assertTaskError(client.post(body(model, "seconds", 4)), 400, code, String.format(go, "number", "seconds",
                "string"));
        assertTaskError(client.post(body(model, "size", true)), 400, code, String.format(go, "bool", "size",
                "string"));
        assertTaskError(client.post(body(model, "mode", List.of("std"))), 400, code, String.format(go, "array",
                "mode", "string"));
        assertTaskError(client.post(body(model, "image", Map.of("url", "x"))), 400, code, String.format(go, "object",
                "image", "string"));
        assertTaskError(client.post(body(model, "images", 5)), 400, code, String.format(go, "number", "images",
                "[]string"));
        assertTaskError(client.post(body(model, "images", List.of("https://example.com/a.png", 5))), 400, code,
                String.format(go, "number", "images", "string"));
    }

    @Test
    void unknownFieldsAreIgnored() {
        client.create("kling-v1", "width", 512, "fps", 30, "style", "anime");
    }

    @ParameterizedTest
    @CsvSource({"4,4", "8,8", "12,12", "0,4", "abc,4", "' 8',4"})
    void soraSecondsAreAStringOf4_8Or12(String seconds, int rendered) {
        String id = client.create("sora-2", "seconds", seconds);
        given().get("/__emulator/jobs/" + id).then().body("seconds", equalTo(rendered));
    }

    @Test
    void soraTakesDurationWhenSecondsIsNotANumberAndDefaultsToFour() {
        assertSeconds(client.create("sora-2", "duration", 8), 8);
        assertSeconds(client.create("sora-2", "duration", "12"), 12);
        assertSeconds(client.create("sora-2", "seconds", "8", "duration", 12), 8);
        assertSeconds(client.create("sora-2"), 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "5", "10", "16", "3600"})
    void otherSoraLengthsAreTheUpstreamsToRefuse(String seconds) {
        assertOpenAiRefusal(client.post(body("sora-2", "seconds", seconds)), "seconds", "invalid_value",
                "Invalid value: '" + seconds + "'. Supported values are: '4', '8', and '12'.");
    }

    @ParameterizedTest
    @CsvSource({"sora-2,seconds,-1", "sora-2,seconds,3601", "sora-2,duration,-1", "sora-2,duration,3601",
            "kling-v1,duration,-1", "kling-v1,duration,3601", "kling-v1,duration,'-5'"})
    void lengthsOutsideAnHourAreNewApisToRefuse(String model, String field, String value) {
        assertTaskError(client.post(body(model, field, value)), 400, "invalid_seconds",
                "seconds must be between 1 and 3600");
    }

    @ParameterizedTest
    @CsvSource({"5,5", "10,10", "'5',5", "'10',10"})
    void klingDurationIs5Or10AsANumberOrAString(String duration, int rendered) {
        Object value = duration.startsWith("'") ? duration.replace("'", "") : (Object) Integer.parseInt(duration);
        assertSeconds(client.create("kling-v1", "duration", value), rendered);
    }

    @Test
    void aKlingDurationNewApiCannotReadIsTheDefaultFive() {
        assertSeconds(client.create("kling-v1"), 5);
        assertSeconds(client.create("kling-v1", "duration", 5.5), 5);
        assertSeconds(client.create("kling-v1", "duration", "ten"), 5);
        assertSeconds(client.create("kling-v1", "duration", true), 5);
        assertSeconds(client.create("kling-v1", "duration", 0), 5);
        // Kling's adaptor reads duration only
        assertSeconds(client.create("kling-v1", "seconds", "10"), 5);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4, 6, 9, 11, 3600})
    void otherKlingDurationsAreKlingsToRefuse(int duration) {
        assertKlingRefusal(client.post(body("kling-v1", "duration", duration)),
                "Invalid value: '" + duration + "'. Supported values are: '5' and '10'.");
    }

    @ParameterizedTest
    @CsvSource({"sora-2,720x1280", "sora-2,1280x720", "sora-2-pro,720x1280", "sora-2-pro,1280x720",
            "sora-2-pro,1792x1024", "sora-2-pro,1024x1792"})
    void soraSizesPerModel(String model, String size) {
        String id = client.create(model, "size", size);
        given().get("/__emulator/jobs/" + id).then().body("width", equalTo(Integer.parseInt(size.split("x")[0])))
                .body("height", equalTo(Integer.parseInt(size.split("x")[1])));
    }

    @ParameterizedTest
    @CsvSource({"sora-2,1792x1024", "sora-2,1024x1792", "sora-2,1920x1080", "sora-2-pro,1920x1080",
            "sora-2-pro,1280X720", "sora-2,16:9"})
    void otherSoraSizesAreNewApisToRefuseInItsWords(String model, String size) {
        assertTaskError(client.post(body(model, "size", size)), 400, "invalid_size", "sora-2 size is invalid");
    }

    @Test
    void theDefaultSoraSizeIsPortrait() {
        String id = client.create("sora-2");
        given().get("/__emulator/jobs/" + id).then().body("width", equalTo(720)).body("height", equalTo(1280));
    }

    /** new-api's getAspectRatio: six sizes it knows, 1:1 for any other; std is 720p, pro 1080p. */
    @ParameterizedTest
    @CsvSource({"1280x720,std,1280,720", "1920x1080,std,1280,720", "720x1280,std,720,1280", "1080x1920,std,720,1280",
            "1024x1024,std,720,720", "512x512,std,720,720", "640x480,std,720,720", "'',std,720,720",
            "1280x720,pro,1920,1080", "720x1280,pro,1080,1920", "512x512,pro,1080,1080"})
    void aKlingSizeBecomesAnAspectRatioRenderedAtTheModesResolution(String size, String mode, int width, int height) {
        String id = client.create("kling-v1", "size", size, "mode", mode);
        given().get("/__emulator/jobs/" + id).then().body("width", equalTo(width)).body("height", equalTo(height));
    }

    @ParameterizedTest
    @ValueSource(strings = {"max", "STD", "standard", " pro"})
    void otherKlingModesAreKlingsToRefuse(String mode) {
        assertKlingRefusal(client.post(body("kling-v1", "mode", mode)),
                "Invalid value: '" + mode + "'. Supported values are: 'std' and 'pro'.");
    }

    @Test
    void klingMetadataIsLaidOverTheAdaptorsFields() {
        String object = client.create("kling-v1", "size", "1280x720",
                "metadata", Map.of("aspect_ratio", "9:16", "mode", "pro", "duration", "10", "cfg_scale", 0.7));
        assertJob(object, 1080, 1920, 10);
        String text = client.create("kling-v1", "metadata", "{\"mode\":\"pro\",\"duration\":\"10\"}");
        assertJob(text, 1080, 1080, 10);
        String nulls = client.create("kling-v1", "metadata", Map.of("external_task_id", "order-7"));
        assertJob(nulls, 720, 720, 5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[1,2]", "\"text\"", "42"})
    void metadataTextThatIsNoObjectIsIgnored(String metadata) {
        assertJob(client.create("kling-v1", "metadata", metadata), 720, 720, 5);
    }

    @Test
    void metadataOfAnotherJsonTypeIsIgnored() {
        assertJob(client.create("kling-v1", "metadata", 42), 720, 720, 5);
        assertJob(client.create("kling-v1", "metadata", List.of("mode", "pro")), 720, 720, 5);
    }

    @Test
    void aMetadataValueThatDoesNotFitKlingsFieldFailsTheBuild() {
        assertTaskError(client.post(body("kling-v1", "metadata", Map.of("duration", 10))), 400, "build_request_failed",
                "unmarshal metadata failed: json: cannot unmarshal number into Go struct field requestPayload.duration"
                        + " of type string");
        assertTaskError(client.post(body("kling-v1", "metadata", Map.of("mode", Map.of()))), 400,
                "build_request_failed", "unmarshal metadata failed: json: cannot unmarshal object into Go struct"
                        + " field requestPayload.mode of type string");
    }

    @Test
    void klingChecksTheLaidOverValuesToo() {
        assertKlingRefusal(client.post(body("kling-v1", "metadata", Map.of("aspect_ratio", "4:3"))),
                "Invalid value: '4:3'. Supported values are: '16:9', '9:16', and '1:1'.");
        assertKlingRefusal(client.post(body("kling-v1", "metadata", Map.of("duration", "7"))),
                "Invalid value: '7'. Supported values are: '5' and '10'.");
        client.create("kling-v1", "metadata", Map.of("negative_prompt", "n".repeat(2500)));
        assertKlingRefusal(client.post(body("kling-v1", "metadata", Map.of("negative_prompt", "n".repeat(2501)))),
                "Invalid 'negative_prompt': string too long. Expected a string with maximum length 2500, but got a"
                        + " string with length 2501 instead.");
    }

    @Test
    void promptLengthIsTheUpstreamsBound() {
        client.create("kling-v1", "prompt", "p".repeat(2500));
        assertKlingRefusal(client.post(body("kling-v1", "prompt", "p".repeat(2501))), "Invalid 'prompt': string too"
                + " long. Expected a string with maximum length 2500, but got a string with length 2501 instead.");
        client.create("sora-2", "prompt", "p".repeat(32000));
        assertOpenAiRefusal(client.post(body("sora-2", "prompt", "p".repeat(32001))), "prompt",
                "string_above_max_length", "Invalid 'prompt': string too long. Expected a string with maximum length"
                        + " 32000, but got a string with length 32001 instead.");
    }

    @Test
    void imagesAreUrlsDataUrlsOrBase64OfRealImages() {
        client.create("kling-v1", "image", "https://example.com/a.png");
        client.create("kling-v1", "image", "data:image/png;base64," + PNG);
        client.create("kling-v1", "image", PNG);
        client.create("kling-v1", "images", List.of(PNG, "https://example.com/tail.png"));
        client.create("sora-2", "input_reference", "data:image/png;base64," + PNG);
        String notAnImage = Base64.getEncoder().encodeToString("not an image".getBytes());
        assertKlingRefusal(client.post(body("kling-v1", "image", notAnImage)), "Invalid file format for 'image'."
                + " Supported formats are: 'image/jpeg', 'image/png', and 'image/webp'.");
        assertKlingRefusal(client.post(body("kling-v1", "images", List.of(PNG, "%%%"))), "Invalid 'image_tail':"
                + " expected an http(s) URL or base64-encoded image data.");
        assertOpenAiRefusal(client.post(body("sora-2", "image", notAnImage)), "input_reference",
                "invalid_image_format", "Invalid file format for 'input_reference'. Supported formats are:"
                        + " 'image/jpeg', 'image/png', and 'image/webp'.");
    }

    @Test
    void imagesWinOverImageAndInputReferenceOverBothOnSora() {
        // a bad single image is not read when images has one
        client.create("kling-v1", "images", List.of(PNG), "image", "%%%");
        client.create("sora-2", "input_reference", PNG, "images", List.of("%%%"));
        // input_reference means nothing to Kling's adaptor
        String kling = client.create("kling-v1", "input_reference", "%%%");
        client.task(kling).body("data.action", equalTo("textGenerate"));
    }

    @Test
    void aMultipartBodyIsReadLikeJson() {
        String sora = client.emulator().request().multiPart("model", "sora-2").multiPart("prompt", "a boat")
                .multiPart("seconds", "8").multiPart("size", "1280x720").post(NewApiClient.TASKS).then()
                .statusCode(200).extract().path("id");
        assertJob(sora, 1280, 720, 8);
        String kling = client.emulator().request().multiPart("model", "kling-v1").multiPart("prompt", "a boat")
                .multiPart("duration", "10").multiPart("metadata[mode]", "pro").multiPart("images", PNG)
                .multiPart("images", "https://example.com/tail.png").post(NewApiClient.TASKS).then().statusCode(200)
                .extract().path("id");
        assertJob(kling, 1080, 1080, 10);
        client.task(kling).body("data.action", equalTo("generate"));
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedInTheTaskEnvelope() {
        client.postRaw("{\"model\":").statusCode(400).body("code", equalTo("invalid_request"))
                .body("data", equalTo(null));
    }

    private static void assertSeconds(String id, int seconds) {
        given().get("/__emulator/jobs/" + id).then().body("seconds", equalTo(seconds));
    }

    private static void assertJob(String id, int width, int height, int seconds) {
        given().get("/__emulator/jobs/" + id).then().body("width", equalTo(width)).body("height", equalTo(height))
                .body("seconds", equalTo(seconds));
    }

    /** OpenAI's refusal, relayed: its error object as the message's JSON text. */
    private static void assertOpenAiRefusal(ValidatableResponse response, String param, String code, String message) {
        String relayed = response.statusCode(400).body("code", equalTo("fail_to_fetch_task"))
                .body("data", equalTo(null)).extract().path("message");
        JsonPath upstream = new JsonPath(relayed);
        assertEquals(Map.of("message", message, "type", "invalid_request_error", "param", param, "code", code),
                upstream.getMap("error"));
    }

    /** Kling's refusal, relayed: {code 1201, message, request_id} as the message's JSON text. */
    private static void assertKlingRefusal(ValidatableResponse response, String message) {
        String relayed = response.statusCode(400).body("code", equalTo("fail_to_fetch_task"))
                .body("data", equalTo(null)).extract().path("message");
        JsonPath upstream = new JsonPath(relayed);
        assertEquals(1201, upstream.getInt("code"));
        assertEquals(message, upstream.getString("message"));
        assertEquals(36, upstream.getString("request_id").length());
    }
}
