package dev.videoapiemulator.dialect.soratask;

import static dev.videoapiemulator.dialect.soratask.SoraClient.assertError;
import static dev.videoapiemulator.dialect.soratask.SoraClient.assertInvalid;
import static dev.videoapiemulator.dialect.soratask.SoraClient.body;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every field of the video_gen body: its enum or range, both sides of each bound, and the envelope of errors. */
@QuarkusTest
class SoraTaskRequestTest {

    private static final String SIZES = "Invalid size: %s. Supported sizes (width x height) are: '480x480', '720x720',"
            + " '480x854', '854x480', '1280x720', and '720x1280'.";

    private final SoraClient client = new SoraClient();

    @ParameterizedTest
    @CsvSource({"480,480", "720,720", "480,854", "854,480", "1280,720", "720,1280"})
    void theSixSizesAreAccepted(int width, int height) {
        String taskId = client.create("width", width, "height", height);
        client.task(taskId).body("data.data.width", equalTo(width)).body("data.data.height", equalTo(height));
    }

    @ParameterizedTest
    @CsvSource({"1280,1280", "480,720", "853,480", "855,480", "1920,1080"})
    void otherSizesAreRefused(int width, int height) {
        assertInvalid(client.post(body("width", width, "height", height)), "invalid_value",
                String.format(SIZES, width + "x" + height));
    }

    @Test
    void widthAndHeightAreAtLeastOne() {
        assertInvalid(client.post(body("width", 0)), "integer_below_min_value", "Invalid 'width': integer below"
                + " minimum value. Expected a value >= 1, but got 0 instead.");
        assertInvalid(client.post(body("height", -480)), "integer_below_min_value", "Invalid 'height': integer below"
                + " minimum value. Expected a value >= 1, but got -480 instead.");
        assertInvalid(client.post(body("width", 1, "height", 1)), "invalid_value", String.format(SIZES, "1x1"));
    }

    @Test
    void widthAndHeightGoTogether() {
        assertInvalid(client.post(body("height", null)), "missing_required_parameter",
                "Missing required parameter: 'height'.");
        assertInvalid(client.post(body("width", null)), "missing_required_parameter",
                "Missing required parameter: 'width'.");
    }

    @ParameterizedTest
    @CsvSource({"150,5", "300,10"})
    void nFramesIs150Or300(int frames, int seconds) {
        String taskId = client.create("n_frames", frames);
        given().get("/__emulator/jobs/" + taskId).then().body("seconds", equalTo(seconds));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 149, 151, 299, 301, 450})
    void otherFrameCountsAreRefused(int frames) {
        assertInvalid(client.post(body("n_frames", frames)), "invalid_value",
                "Invalid value: '" + frames + "'. Supported values are: '150' and '300'.");
    }

    @Test
    void nFramesIsAtLeastOne() {
        assertInvalid(client.post(body("n_frames", 0)), "integer_below_min_value", "Invalid 'n_frames': integer"
                + " below minimum value. Expected a value >= 1, but got 0 instead.");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void nVariantsFromOneToFour(int variants) {
        String taskId = client.succeeded("n_variants", variants);
        client.task(taskId).body("data.data.n_variants", equalTo(variants))
                .body("data.data.generations.size()", equalTo(variants));
    }

    @Test
    void nVariantsOutsideOneToFourAreRefused() {
        assertInvalid(client.post(body("n_variants", 0)), "integer_below_min_value", "Invalid 'n_variants': integer"
                + " below minimum value. Expected a value >= 1, but got 0 instead.");
        assertInvalid(client.post(body("n_variants", 5)), "integer_above_max_value", "Invalid 'n_variants': integer"
                + " above maximum value. Expected a value <= 4, but got 5 instead.");
    }

    @Test
    void typeIsRequiredAndOnlyVideoGen() {
        assertInvalid(client.post(body("type", null)), "missing_required_parameter",
                "Missing required parameter: 'type'.");
        assertInvalid(client.post(body("type", "image_gen")), "invalid_value",
                "Invalid value: 'image_gen'. Supported values are: 'video_gen'.");
    }

    @Test
    void styleIsOnlyNatural() {
        client.create("style", "natural");
        assertInvalid(client.post(body("style", "anime")), "invalid_value",
                "Invalid value: 'anime'. Supported values are: 'natural'.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple_compose", "storyboard", "remix", "blend"})
    void theFourOperationsAreAccepted(String operation) {
        client.task(client.create("operation", operation)).body("data.data.operation", equalTo(operation));
    }

    @Test
    void otherOperationsAreRefused() {
        assertInvalid(client.post(body("operation", "extend")), "invalid_value", "Invalid value: 'extend'. Supported"
                + " values are: 'simple_compose', 'storyboard', 'remix', and 'blend'.");
    }

    @Test
    void modelIsOnlyTurbo() {
        client.task(client.create("model", "turbo")).body("data.data.model", equalTo("turbo"));
        assertInvalid(client.post(body("model", "sora-2")), "invalid_value",
                "Invalid value: 'sora-2'. Supported values are: 'turbo'.");
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, 2.5, 8})
    void sdeditAmountFromOneToEight(double amount) {
        client.task(client.create("sdedit", Map.of("amount", amount)))
                .body("data.data.sdedit.amount", equalTo((float) amount));
    }

    @Test
    void sdeditAmountOutsideOneToEightIsRefused() {
        assertInvalid(client.post(body("sdedit", Map.of("amount", 0.99))), "number_below_min_value",
                "Invalid 'sdedit.amount': number below minimum value. Expected a value >= 1, but got 0.99 instead.");
        assertInvalid(client.post(body("sdedit", Map.of("amount", 8.01))), "number_above_max_value",
                "Invalid 'sdedit.amount': number above maximum value. Expected a value <= 8, but got 8.01 instead.");
        assertInvalid(client.post(body("sdedit", Map.of("source_generation_id", "gen_1"))),
                "missing_required_parameter", "Missing required parameter: 'sdedit.amount'.");
        assertInvalid(client.post(body("sdedit", Map.of("amount", "strong"))), "invalid_type",
                "Invalid type for 'sdedit.amount': expected a number, but got a string instead.");
        assertInvalid(client.post(body("sdedit", Map.of("amount", 2, "strength", 1))), "unknown_parameter",
                "Unknown parameter: 'sdedit.strength'.");
        assertInvalid(client.post(body("sdedit", 3)), "invalid_type",
                "Invalid type for 'sdedit': expected an object, but got an integer instead.");
    }

    @Test
    void inpaintItemsAsTheDocumentSendsThem() {
        client.task(client.create("inpaint_items", List.of(Map.of("url", ""))))
                .body("data.data.inpaint_items[0].type", equalTo("image"))
                .body("data.data.inpaint_items[0].frame_index", equalTo(0));
        client.create("inpaint_items", List.of(Map.of("type", "image", "url", "data:image/png;base64,iVBORw0K",
                "frame_index", 149, "preset_id", "preset_1", "generation_id", "gen_1")));
    }

    @Test
    void inpaintItemsFieldsAreChecked() {
        assertInvalid(client.post(body("inpaint_items", List.of(Map.of("type", "video")))), "invalid_value",
                "Invalid value: 'video'. Supported values are: 'image'.");
        assertInvalid(client.post(body("inpaint_items", List.of(Map.of("url", "ftp://x/y.png")))), "invalid_value",
                "Invalid 'inpaint_items[0].url': expected a fully qualified URL or a base64-encoded data URL.");
        assertInvalid(client.post(body("inpaint_items", List.of(Map.of(), Map.of("frame_index", -1)))),
                "integer_below_min_value", "Invalid 'inpaint_items[1].frame_index': integer below minimum value."
                        + " Expected a value >= 0, but got -1 instead.");
        assertInvalid(client.post(body("inpaint_items", List.of(Map.of("frame_index", 150)))),
                "integer_above_max_value", "Invalid 'inpaint_items[0].frame_index': integer above maximum value."
                        + " Expected a value <= 149, but got 150 instead.");
        client.create("n_frames", 300, "inpaint_items", List.of(Map.of("frame_index", 299)));
        assertInvalid(client.post(body("inpaint_items", List.of(Map.of("source_start_frame", -1)))),
                "integer_below_min_value", "Invalid 'inpaint_items[0].source_start_frame': integer below minimum"
                        + " value. Expected a value >= 0, but got -1 instead.");
        assertInvalid(client.post(body("inpaint_items", List.of(Map.of("source_start_frame", 10,
                "source_end_frame", 9)))), "integer_below_min_value", "Invalid 'inpaint_items[0].source_end_frame':"
                        + " integer below minimum value. Expected a value >= 10, but got 9 instead.");
        client.create("inpaint_items", List.of(Map.of("source_start_frame", 10, "source_end_frame", 10)));
        assertInvalid(client.post(body("inpaint_items", List.of(Map.of("crop_bounds", "x")))), "unknown_parameter",
                "Unknown parameter: 'inpaint_items[0].crop_bounds'.");
        assertInvalid(client.post(body("inpaint_items", Map.of("url", ""))), "invalid_type",
                "Invalid type for 'inpaint_items': expected an array, but got an object instead.");
        assertInvalid(client.post(body("inpaint_items", List.of("https://img.example/a.png"))), "invalid_type",
                "Invalid type for 'inpaint_items[0]': expected an object, but got a string instead.");
        assertInvalid(client.post(body("inpaint_items", List.of(Map.of("frame_index", 1.5)))), "invalid_type",
                "Invalid type for 'inpaint_items[0].frame_index': expected an integer, but got a number instead.");
    }

    @Test
    void actionTimesLieWithinTheClip() {
        client.create("actions", List.of(Map.of("time", 0), Map.of("time", 4.99, "description", "end")));
        client.create("n_frames", 300, "actions", List.of(Map.of("time", 9.5)));
        assertInvalid(client.post(body("actions", List.of(Map.of("time", -0.1)))), "number_below_min_value",
                "Invalid 'actions[0].time': number below minimum value. Expected a value >= 0, but got -0.1 instead.");
        assertInvalid(client.post(body("actions", List.of(Map.of("time", 5)))), "invalid_value",
                "Invalid 'actions[0].time': the clip is 5 seconds long, so an action must start before second 5,"
                        + " but got 5.");
        assertInvalid(client.post(body("actions", List.of(Map.of("description", "no time")))),
                "missing_required_parameter", "Missing required parameter: 'actions[0].time'.");
        assertInvalid(client.post(body("actions", List.of(Map.of("time", 1, "description", 2)))), "invalid_type",
                "Invalid type for 'actions[0].description': expected a string, but got an integer instead.");
        assertInvalid(client.post(body("actions", List.of(Map.of("time", 1, "camera", "pan")))), "unknown_parameter",
                "Unknown parameter: 'actions[0].camera'.");
    }

    @Test
    void numbersMustBeWholeWhereTheyCount() {
        assertInvalid(client.post(body("n_frames", 150.5)), "invalid_type",
                "Invalid type for 'n_frames': expected an integer, but got a number instead.");
        assertInvalid(client.post(body("width", "wide")), "invalid_type",
                "Invalid 'width': expected an integer, but got 'wide' instead.");
        assertInvalid(client.post(body("n_variants", true)), "invalid_type",
                "Invalid type for 'n_variants': expected an integer, but got a boolean instead.");
        client.create("n_frames", "300");
    }

    @Test
    void notifyHookIsKeptWhenItIsAUrl() {
        client.task(client.create("notify_hook", "http://client.example/hook"))
                .body("data.notify_hook", equalTo("http://client.example/hook"));
        client.task(client.create("notify_hook", "")).body("data.notify_hook", equalTo(""));
        assertInvalid(client.post(body("notify_hook", "client.example/hook")), "invalid_value",
                "Invalid 'notify_hook': expected a fully qualified URL.");
    }

    @Test
    void unknownFieldsAndBrokenBodiesAreRefused() {
        assertInvalid(client.post(body("seconds", 5)), "unknown_parameter", "Unknown parameter: 'seconds'.");
        assertError(client.emulator().request().contentType(ContentType.JSON).body("{\"type\":").post(SoraClient.TASKS)
                .then(), 400, "invalid_request").body("message", startsWith("We could not parse the JSON body"));
        assertError(client.emulator().request().contentType(ContentType.JSON).body("[]").post(SoraClient.TASKS)
                .then(), 400, "invalid_request");
    }

    @Test
    void httpErrorsUseTheTaskEnvelope() {
        assertError(client.emulator().request().multiPart("type", "video_gen").post(SoraClient.TASKS).then(), 415,
                "unsupported_content_type");
        assertError(client.emulator().request().delete(SoraClient.TASKS + "/task_x").then(), 405,
                "method_not_allowed");
        assertError(client.emulator().request().get("/sora/v1/videos/task_x/generations").then(), 404, "not_found");
        assertError(given().contentType(ContentType.JSON).body(body()).post(SoraClient.TASKS).then(), 401,
                "invalid_api_key");
    }
}
