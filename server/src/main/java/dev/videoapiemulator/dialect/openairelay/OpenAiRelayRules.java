package dev.videoapiemulator.dialect.openairelay;

import dev.videoapiemulator.engine.JobStatus;
import dev.videoapiemulator.dialect.FieldRules;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The relayed OpenAI format's rules as data. The document gives only the defaults; the models,
 * sizes per model and lengths are those a relay forwards to OpenAI and checks itself.
 */
final class OpenAiRelayRules {

    /** A model and the {@code quality} the answers report for it; pro models also render the pro sizes. */
    record ModelRow(String name, String quality, boolean pro) {
    }

    record SizeRow(String value, int width, int height, boolean proOnly) {
    }

    static final List<ModelRow> MODELS = List.of(
            new ModelRow("sora-2", "standard", false),
            new ModelRow("sora-2-pro", "high", true));

    static final List<SizeRow> SIZES = List.of(
            new SizeRow("720x1280", 720, 1280, false),
            new SizeRow("1280x720", 1280, 720, false),
            new SizeRow("1024x1792", 1024, 1792, true),
            new SizeRow("1792x1024", 1792, 1024, true));

    static final List<String> SECONDS = List.of("4", "8", "12");

    static final Map<JobStatus, String> STATUSES = Map.of(
            JobStatus.QUEUED, "queued",
            JobStatus.IN_PROGRESS, "processing",
            JobStatus.COMPLETED, "completed",
            JobStatus.FAILED, "failed");

    static final String DEFAULT_MODEL = "sora-2";
    static final String DEFAULT_SECONDS = "4";
    static final String DEFAULT_SIZE = "720x1280";

    private OpenAiRelayRules() {
    }

    static ModelRow model(Optional<String> requested) {
        return FieldRules.row("model", requested.orElse(DEFAULT_MODEL), MODELS, ModelRow::name);
    }

    /** A size the model renders; the error lists the sizes of that model. */
    static SizeRow size(ModelRow model, Optional<String> requested) {
        String value = requested.orElse(DEFAULT_SIZE);
        List<SizeRow> rendered = SIZES.stream().filter(s -> model.pro() || !s.proOnly()).toList();
        return FieldRules.row("size", value, rendered, SizeRow::value);
    }

    static int seconds(Optional<String> requested) {
        return Integer.parseInt(FieldRules.oneOf("seconds", requested, DEFAULT_SECONDS, SECONDS));
    }

    /** The relay trims the prompt before its check, and sets no upper bound of its own. */
    static String prompt(String prompt) {
        return FieldRules.text("prompt", prompt, FieldRules.UNBOUNDED, FieldRules.Blank.REFUSED);
    }

    static String quality(String model) {
        return MODELS.stream().filter(m -> m.name().equals(model)).findFirst().map(ModelRow::quality).orElseThrow();
    }
}
