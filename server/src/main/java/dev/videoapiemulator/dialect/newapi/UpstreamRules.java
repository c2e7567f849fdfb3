package dev.videoapiemulator.dialect.newapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.ErrorShape;
import dev.videoapiemulator.dialect.FieldRules;
import dev.videoapiemulator.request.Field;
import dev.videoapiemulator.request.ImageInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the upstream behind new-api checks of what new-api forwards, and what it renders: OpenAI's
 * rules for the sora models, Kling's for the Kling models (after new-api's Kling adaptor has filled
 * in its defaults and laid {@code metadata} over them). An upstream's refusal reaches the client
 * as new-api relays it ({@link #refused}).
 */
final class UpstreamRules {

    /** What the upstream makes: a size and a length. */
    record Render(int width, int height, int seconds) {
    }

    /** A Kling aspect ratio, its size in {@code std} mode (720p; {@code pro} is 1080p) and the sizes new-api maps to it. */
    record AspectRow(String ratio, int width, int height, List<String> sizes) {
    }

    /** Kling's task fields as new-api's adaptor builds them, {@code metadata} laid over its defaults. */
    record KlingPayload(String mode, String duration, String aspectRatio, String negativePrompt) {
    }

    static final List<String> SORA_SECONDS = List.of("4", "8", "12");
    static final int SORA_PROMPT_MAX = 32000;

    static final List<String> KLING_MODES = List.of("std", "pro");
    static final String KLING_DEFAULT_MODE = "std";
    static final List<String> KLING_DURATIONS = List.of("5", "10");
    static final int KLING_TEXT_MAX = 2500;
    static final List<AspectRow> ASPECTS = List.of(
            new AspectRow("16:9", 1280, 720, List.of("1280x720", "1920x1080")),
            new AspectRow("9:16", 720, 1280, List.of("720x1280", "1080x1920")),
            new AspectRow("1:1", 720, 720, List.of("1024x1024", "512x512")));
    /** new-api's getAspectRatio answers 1:1 for any size it does not list. */
    static final AspectRow DEFAULT_ASPECT = ASPECTS.get(2);
    /** Kling's code for a bad parameter. */
    static final int KLING_BAD_PARAMETER = 1201;

    /** The payload fields a {@code metadata} key overrides; each is a string in new-api's Kling request struct. */
    static final List<String> KLING_OVERRIDES = List.of("mode", "duration", "aspect_ratio", "negative_prompt");

    private UpstreamRules() {
    }

    /** OpenAI's rules: a prompt of at most 32000 characters, 4, 8 or 12 seconds, one reference image. */
    static Render sora(TaskRequest request, String size, long seconds) {
        FieldRules.text("prompt", request.prompt(), SORA_PROMPT_MAX, FieldRules.Blank.REFUSED);
        FieldRules.oneOf("seconds", String.valueOf(seconds), SORA_SECONDS);
        request.images().stream().limit(1).forEach(image -> ImageInput.check("input_reference", new Field.Text(image)));
        int x = size.indexOf('x');
        return new Render(Integer.parseInt(size.substring(0, x)), Integer.parseInt(size.substring(x + 1)),
                (int) seconds);
    }

    /**
     * new-api's Kling adaptor: mode {@code std}, the duration as text, the aspect ratio from the size,
     * then {@code metadata} over them. A metadata value that does not fit the struct's string field
     * fails the build; new-api answers that with a 500, which the emulator answers as the client's 400.
     */
    static KlingPayload klingPayload(TaskRequest request, String size, long duration) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("mode", request.mode().isEmpty() ? KLING_DEFAULT_MODE : request.mode());
        fields.put("duration", String.valueOf(duration));
        fields.put("aspect_ratio", ASPECTS.stream().filter(row -> row.sizes().contains(size)).findFirst()
                .orElse(DEFAULT_ASPECT).ratio());
        fields.put("negative_prompt", "");
        ObjectNode metadata = request.metadata();
        for (String key : KLING_OVERRIDES) {
            JsonNode value = metadata == null ? null : metadata.get(key);
            if (value == null || value.isNull()) {
                continue;
            }
            if (!value.isTextual()) {
                throw NewApiErrors.task(400, "build_request_failed", "unmarshal metadata failed: "
                        + TaskRequest.goTypeError("requestPayload", key, jsonField(value), "string")).exception();
            }
            fields.put(key, value.textValue());
        }
        return new KlingPayload(fields.get("mode"), fields.get("duration"), fields.get("aspect_ratio"),
                fields.get("negative_prompt"));
    }

    /** Kling's rules on the payload: its modes, 5 or 10 seconds, three aspect ratios, texts of 2500 characters. */
    static Render kling(TaskRequest request, KlingPayload payload) {
        FieldRules.text("prompt", request.prompt(), KLING_TEXT_MAX, FieldRules.Blank.REFUSED);
        if (!payload.negativePrompt().isEmpty()) {
            FieldRules.text("negative_prompt", payload.negativePrompt(), KLING_TEXT_MAX, FieldRules.Blank.ALLOWED);
        }
        String mode = FieldRules.oneOf("mode", payload.mode(), KLING_MODES);
        String duration = FieldRules.oneOf("duration", payload.duration(), KLING_DURATIONS);
        AspectRow aspect = FieldRules.row("aspect_ratio", payload.aspectRatio(), ASPECTS, AspectRow::ratio);
        List<String> imageParams = List.of("image", "image_tail");
        for (int i = 0; i < Math.min(imageParams.size(), request.images().size()); i++) {
            ImageInput.check(imageParams.get(i), new Field.Text(request.images().get(i)));
        }
        // pro renders 1080p: one and a half times the 720p sides
        int scale = mode.equals("pro") ? 3 : 2;
        return new Render(aspect.width() * scale / 2, aspect.height() * scale / 2, Integer.parseInt(duration));
    }

    /** new-api relays an upstream's refusal as {@code fail_to_fetch_task}, its status kept, its body as the message. */
    static ApiError refused(Platform platform, ApiError upstream, Function<Object, String> json) {
        Object body = platform == Platform.SORA ? ErrorShape.OPENAI.body(upstream) : klingBody(upstream);
        return NewApiErrors.task(upstream.status(), "fail_to_fetch_task", json.apply(body));
    }

    private static Map<String, Object> klingBody(ApiError upstream) {
        Map<String, Object> body = new LinkedHashMap<>(3);
        body.put("code", KLING_BAD_PARAMETER);
        body.put("message", upstream.message());
        body.put("request_id", UUID.randomUUID().toString());
        return body;
    }

    private static Field jsonField(JsonNode value) {
        return value.isObject() ? new Field.Group(Map.of()) : new Field.Json(value);
    }
}
