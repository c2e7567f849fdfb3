package dev.videoapiemulator.dialect.newapi;

import java.util.List;

/**
 * What new-api checks itself, as data: which models have a channel (and so which upstream serves
 * them), the prompt, the bounds of a length, and the sizes of the two sora models. Everything else
 * is the upstream's to refuse ({@link UpstreamRules}).
 */
final class NewApiRules {

    /** A model with a channel, the upstream serving it, and for the sora models the sizes new-api allows. */
    record ModelRow(String name, Platform platform, List<String> sizes) {
    }

    static final List<String> SORA_2_SIZES = List.of("720x1280", "1280x720");
    static final List<String> SORA_2_PRO_SIZES = List.of("720x1280", "1280x720", "1792x1024", "1024x1792");

    /** The sora models and new-api's Kling models (its Kling adaptor's list). */
    static final List<ModelRow> MODELS = List.of(
            new ModelRow("sora-2", Platform.SORA, SORA_2_SIZES),
            new ModelRow("sora-2-pro", Platform.SORA, SORA_2_PRO_SIZES),
            new ModelRow("kling-v1", Platform.KLING, List.of()),
            new ModelRow("kling-v1-6", Platform.KLING, List.of()),
            new ModelRow("kling-v2-master", Platform.KLING, List.of()),
            new ModelRow("kling-v2-1-master", Platform.KLING, List.of()),
            new ModelRow("kling-v2-5-turbo", Platform.KLING, List.of()),
            new ModelRow("kling-v2-6", Platform.KLING, List.of()));

    static final String SORA_DEFAULT_SIZE = "720x1280";
    static final long SORA_DEFAULT_SECONDS = 4;
    static final long KLING_DEFAULT_DURATION = 5;
    /** validateTaskDurationBounds: a length below 0 or above an hour is refused; 0 means the default. */
    static final long SECONDS_MIN = 0;
    static final long SECONDS_MAX = 3600;

    private NewApiRules() {
    }

    /** The distributor's choice of channel: no model is a 400, a model no channel serves a 503. */
    static ModelRow model(String model) {
        if (model.isEmpty()) {
            throw NewApiErrors.modelRequired().exception();
        }
        return MODELS.stream().filter(row -> row.name().equals(model)).findFirst()
                .orElseThrow(() -> NewApiErrors.noChannel(model).exception());
    }

    /** validatePrompt trims before its check. */
    static String prompt(String prompt) {
        if (prompt.isBlank()) {
            throw NewApiErrors.promptRequired().exception();
        }
        return prompt;
    }

    /** The length the platform reads: the sora adaptor {@code seconds} (else {@code duration}), Kling's {@code duration}. */
    static long seconds(Platform platform, TaskRequest request) {
        long seconds = platform == Platform.SORA && request.secondsValue() != 0 ? request.secondsValue()
                : request.duration();
        if (seconds < SECONDS_MIN || seconds > SECONDS_MAX) {
            throw NewApiErrors.task(400, "invalid_seconds", "seconds must be between 1 and " + SECONDS_MAX)
                    .exception();
        }
        if (seconds == 0) {
            return platform == Platform.SORA ? SORA_DEFAULT_SECONDS : KLING_DEFAULT_DURATION;
        }
        return seconds;
    }

    /** The sora models' sizes; the pro model's error names sora-2 too, as new-api words it. */
    static String soraSize(ModelRow model, String size) {
        String value = size.isEmpty() ? SORA_DEFAULT_SIZE : size;
        if (!model.sizes().contains(value)) {
            throw NewApiErrors.task(400, "invalid_size", "sora-2 size is invalid").exception();
        }
        return value;
    }
}
