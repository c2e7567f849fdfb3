package dev.videoapiemulator.dialect.klingofficial;

import static dev.videoapiemulator.dialect.klingofficial.Kling.refused;
import static org.hamcrest.Matchers.equalTo;

import dev.videoapiemulator.support.Images;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every enumeration and bound of Kling's bodies and lists, both sides, through HTTP; a refusal is 400 1201 or 1200. */
@QuarkusTest
class KlingOfficialRequestTest {

    private static final String PNG = Base64.getEncoder().encodeToString(Images.encode("png", 64, 64));
    private static final String JPEG = Base64.getEncoder().encodeToString(Images.encode("jpg", 64, 36));

    private final Kling kling = new Kling();

    private static Map<String, Object> text(Object... pairs) {
        return body(Map.of("prompt", "A fox"), pairs);
    }

    private static Map<String, Object> image(Object... pairs) {
        return body(Map.of("image", PNG), pairs);
    }

    private static Map<String, Object> body(Map<String, Object> base, Object... pairs) {
        Map<String, Object> body = new HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    private void accepted(String action, Map<String, Object> body) {
        kling.created(action, body);
    }

    private void refusedWith(String action, Map<String, Object> body, String message) {
        refused(kling.create(action, body), 400, 1201).body("message", equalTo(message));
    }

    @Test
    void modelNameDefaultsToKlingV1AndIsOneOfEachActionsModels() {
        String id = kling.created("text2video", text());
        kling.get("text2video", id).statusCode(200);
        for (String model : KlingOfficialRules.Action.TEXT2VIDEO.models()) {
            accepted("text2video", text("model_name", model));
        }
        for (String model : KlingOfficialRules.Action.IMAGE2VIDEO.models()) {
            accepted("image2video", image("model_name", model));
        }
        refusedWith("text2video", text("model_name", "kling-v1-5"), "Invalid value: 'kling-v1-5'. Supported values"
                + " are: 'kling-v1', 'kling-v1-6', 'kling-v2-master', 'kling-v2-1-master', 'kling-v2-5-turbo', and"
                + " 'kling-v2-6'.");
        refused(kling.create("image2video", image("model_name", "kling-v3")), 400, 1201);
    }

    @Test
    void promptIsRequiredForText2VideoAndAtMost2500Characters() {
        Map<String, Object> none = text();
        none.remove("prompt");
        refusedWith("text2video", none, "Missing required parameter: 'prompt'.");
        accepted("text2video", text("prompt", "p".repeat(2500)));
        accepted("text2video", text("prompt", "\uD83C\uDFAC".repeat(2500)));
        refusedWith("text2video", text("prompt", "p".repeat(2501)), "Invalid 'prompt': string too long. Expected a"
                + " string with maximum length 2500, but got a string with length 2501 instead.");
        refused(kling.create("text2video", text("prompt", "")), 400, 1201);
        accepted("image2video", image());
        accepted("image2video", image("prompt", "p".repeat(2500)));
        refused(kling.create("image2video", image("prompt", "p".repeat(2501))), 400, 1201);
    }

    @Test
    void negativePromptIsAtMost2500Characters() {
        accepted("text2video", text("negative_prompt", "n".repeat(2500)));
        refusedWith("text2video", text("negative_prompt", "n".repeat(2501)), "Invalid 'negative_prompt': string too"
                + " long. Expected a string with maximum length 2500, but got a string with length 2501 instead.");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.5, 1})
    void cfgScaleFrom0To1(double value) {
        accepted("text2video", text("cfg_scale", value));
    }

    @Test
    void cfgScaleOutside0To1IsRefused() {
        refusedWith("text2video", text("cfg_scale", -0.01), "Invalid 'cfg_scale': number below minimum value."
                + " Expected a value >= 0, but got -0.01 instead.");
        refusedWith("text2video", text("cfg_scale", 1.01), "Invalid 'cfg_scale': number above maximum value."
                + " Expected a value <= 1, but got 1.01 instead.");
        refused(kling.create("text2video", text("cfg_scale", true)), 400, 1201);
    }

    @Test
    void modeAspectRatioDurationAndSoundAreFromTheirLists() {
        for (String mode : List.of("std", "pro")) {
            accepted("text2video", text("mode", mode));
        }
        refusedWith("text2video", text("mode", "max"), "Invalid value: 'max'. Supported values are: 'std' and 'pro'.");
        for (String ratio : List.of("16:9", "9:16", "1:1")) {
            accepted("text2video", text("aspect_ratio", ratio));
        }
        refusedWith("text2video", text("aspect_ratio", "4:3"), "Invalid value: '4:3'. Supported values are: '16:9',"
                + " '9:16', and '1:1'.");
        refusedWith("image2video", image("aspect_ratio", "16:9"), "Unknown parameter: 'aspect_ratio'.");
        for (String duration : List.of("5", "10")) {
            accepted("text2video", text("duration", duration));
        }
        refusedWith("text2video", text("duration", "7"), "Invalid value: '7'. Supported values are: '5' and '10'.");
        refusedWith("text2video", text("duration", 5), "Invalid type for 'duration': expected a string, but got an"
                + " integer instead.");
        accepted("text2video", text("sound", "on"));
        refused(kling.create("text2video", text("sound", "loud")), 400, 1201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"down_back", "forward_up", "right_turn_forward", "left_turn_forward"})
    void aFixedCameraMovementTakesNoConfig(String type) {
        accepted("text2video", text("camera_control", Map.of("type", type)));
        refusedWith("text2video", text("camera_control", Map.of("type", type, "config", Map.of("zoom", 1))),
                "Invalid 'camera_control.config': only camera_control of type 'simple' takes a config, but the type"
                        + " is '" + type + "'.");
    }

    @ParameterizedTest
    @CsvSource({"horizontal, -10", "vertical, 10", "pan, 0.5", "tilt, -3", "roll, 7", "zoom, 10"})
    void aSimpleCameraMovesAlongOneAxisWithin10(String axis, double value) {
        accepted("text2video", text("camera_control", Map.of("type", "simple", "config", Map.of(axis, value))));
    }

    @Test
    void aSimpleCameraOutsideItsBoundsOrOnOtherThanOneAxisIsRefused() {
        refusedWith("text2video", text("camera_control", Map.of("type", "simple", "config", Map.of("zoom", 10.5))),
                "Invalid 'camera_control.config.zoom': number above maximum value. Expected a value <= 10, but got"
                        + " 10.5 instead.");
        refusedWith("text2video", text("camera_control", Map.of("type", "simple", "config", Map.of("pan", -10.5))),
                "Invalid 'camera_control.config.pan': number below minimum value. Expected a value >= -10, but got"
                        + " -10.5 instead.");
        refusedWith("text2video", text("camera_control", Map.of("type", "simple", "config", Map.of("pan", 1,
                "tilt", 2))), "Invalid 'camera_control.config': a simple camera moves along exactly one of"
                        + " 'horizontal', 'vertical', 'pan', 'tilt', 'roll', and 'zoom', but 2 are non-zero.");
        refused(kling.create("text2video", text("camera_control", Map.of("type", "simple", "config", Map.of("zoom",
                0)))), 400, 1201);
        refusedWith("text2video", text("camera_control", Map.of("type", "simple")),
                "Missing required parameter: 'camera_control.config'.");
        refusedWith("text2video", text("camera_control", Map.of("type", "orbit")), "Invalid value: 'orbit'."
                + " Supported values are: 'simple', 'down_back', 'forward_up', 'right_turn_forward', and"
                + " 'left_turn_forward'.");
        refusedWith("text2video", text("camera_control", Map.of("type", "simple", "config", Map.of("spin", 1))),
                "Unknown parameter: 'camera_control.config.spin'.");
        refusedWith("text2video", text("camera_control", Map.of("config", Map.of("zoom", 1))),
                "Missing required parameter: 'camera_control.type'.");
    }

    @Test
    void imageIsRequiredAsAUrlOrRawBase64OfARealPicture() {
        accepted("image2video", image("image", JPEG));
        accepted("image2video", image("image", "https://example.com/start.jpg"));
        Map<String, Object> none = image();
        none.remove("image");
        refusedWith("image2video", none, "Missing required parameter: 'image'.");
        refusedWith("image2video", image("image", "data:image/png;base64," + PNG), "Invalid 'image': send an http(s)"
                + " URL or the raw base64 of the image, without a 'data:' prefix.");
        refusedWith("image2video", image("image", "not base64!"), "Invalid 'image': expected an http(s) URL or"
                + " base64-encoded image data.");
        refused(kling.create("image2video", image("image", Base64.getEncoder().encodeToString("GIF89a...".getBytes()))),
                400, 1201).body("message", equalTo("Invalid file format for 'image'. Supported formats are:"
                        + " 'image/jpeg', 'image/png', and 'image/webp'."));
        refused(kling.create("image2video", image("image_tail", "data:x")), 400, 1201);
        refused(kling.create("image2video", image("static_mask", "%%%")), 400, 1201);
    }

    @Test
    void anEndFrameTheMotionBrushAndCameraControlAreEachAlone() {
        Map<String, Object> camera = Map.of("type", "forward_up");
        List<Map<String, Object>> dynamic = List.of(Map.of("mask", PNG, "trajectories", points(2)));
        accepted("image2video", image("image_tail", PNG));
        accepted("image2video", image("static_mask", PNG, "dynamic_masks", dynamic));
        accepted("image2video", image("camera_control", camera));
        refusedWith("image2video", image("image_tail", PNG, "static_mask", PNG), "Invalid request: image_tail and"
                + " static_mask/dynamic_masks cannot be combined; an end frame, the motion brush and camera control"
                + " each need the task to themselves.");
        refused(kling.create("image2video", image("image_tail", PNG, "camera_control", camera)), 400, 1201);
        refused(kling.create("image2video", image("dynamic_masks", dynamic, "camera_control", camera)), 400, 1201);
    }

    @Test
    void dynamicMasksAreAtMostSixEachWith2To77Points() {
        Map<String, Object> mask = Map.of("mask", PNG, "trajectories", points(2));
        accepted("image2video", image("dynamic_masks", List.of(mask, mask, mask, mask, mask, mask)));
        refusedWith("image2video", image("dynamic_masks", List.of(mask, mask, mask, mask, mask, mask, mask)),
                "Invalid 'dynamic_masks': at most 6 masks, but got 7.");
        accepted("image2video", image("dynamic_masks", List.of(Map.of("mask", PNG, "trajectories", points(77)))));
        refusedWith("image2video", image("dynamic_masks", List.of(Map.of("mask", PNG, "trajectories", points(78)))),
                "Invalid 'dynamic_masks[0].trajectories': expected 2 to 77 points, but got 78.");
        refusedWith("image2video", image("dynamic_masks", List.of(Map.of("mask", PNG, "trajectories", points(1)))),
                "Invalid 'dynamic_masks[0].trajectories': expected 2 to 77 points, but got 1.");
        refusedWith("image2video", image("dynamic_masks", List.of(Map.of("trajectories", points(2)))),
                "Missing required parameter: 'dynamic_masks[0].mask'.");
        refusedWith("image2video", image("dynamic_masks", List.of(Map.of("mask", PNG, "trajectories",
                List.of(Map.of("x", -1, "y", 0), Map.of("x", 1, "y", 1))))), "Invalid 'dynamic_masks[0]"
                        + ".trajectories[0].x': integer below minimum value. Expected a value >= 0, but got -1"
                        + " instead.");
    }

    @Test
    void callbackUrlIsAnHttpUrlAndExternalTaskIdIsNotBlank() {
        accepted("text2video", text("callback_url", "https://example.com/hook"));
        refusedWith("text2video", text("callback_url", "ftp://example.com/hook"), "Invalid 'callback_url': expected"
                + " an http(s) URL, but got 'ftp://example.com/hook'.");
        refused(kling.create("text2video", text("callback_url", "not a url")), 400, 1201);
        refused(kling.create("text2video", text("external_task_id", "  ")), 400, 1201);
    }

    @Test
    void unknownFieldsAndBodiesThatAreNoJsonObjectAreRefused() {
        refusedWith("text2video", text("seconds", "5"), "Unknown parameter: 'seconds'.");
        refused(kling.api().contentType(ContentType.JSON).body("[1]").post(Kling.ROOT + "text2video").then(), 400,
                1200);
        refused(kling.api().contentType(ContentType.JSON).body("{\"prompt\":").post(Kling.ROOT + "text2video").then(),
                400, 1200);
        refused(kling.api().multiPart("prompt", "p").post(Kling.ROOT + "text2video").then(), 415, 1200);
        refused(kling.api().get("/kling-official/v1/videos/lip-sync").then(), 404, 1202);
        refused(kling.api().delete(Kling.ROOT + "text2video/1").then(), 405, 1202);
    }

    @ParameterizedTest
    @CsvSource({"pageNum, 1", "pageNum, 1000", "pageSize, 1", "pageSize, 500"})
    void listBoundsAreAccepted(String param, int value) {
        kling.api().queryParam(param, value).get(Kling.ROOT + "text2video").then().statusCode(200);
    }

    @ParameterizedTest
    @CsvSource({"pageNum, 0, 'Invalid ''pageNum'': integer below minimum value. Expected a value >= 1, but got 0 instead.'",
            "pageNum, 1001, 'Invalid ''pageNum'': integer above maximum value. Expected a value <= 1000, but got 1001 instead.'",
            "pageSize, 0, 'Invalid ''pageSize'': integer below minimum value. Expected a value >= 1, but got 0 instead.'",
            "pageSize, 501, 'Invalid ''pageSize'': integer above maximum value. Expected a value <= 500, but got 501 instead.'",
            "pageSize, ten, 'Invalid ''pageSize'': expected an integer, but got ''ten'' instead.'"})
    void listBoundsAreRefusedOutside(String param, String value, String message) {
        refused(kling.api().queryParam(param, value).get(Kling.ROOT + "image2video").then(), 400, 1201)
                .body("message", equalTo(message));
    }

    private static List<Map<String, Integer>> points(int count) {
        return IntStream.range(0, count).mapToObj(i -> Map.of("x", i, "y", i)).toList();
    }
}
