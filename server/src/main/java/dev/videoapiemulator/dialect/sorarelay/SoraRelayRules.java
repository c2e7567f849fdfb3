package dev.videoapiemulator.dialect.sorarelay;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.dialect.FieldRules;
import java.util.List;
import java.util.Optional;

/**
 * The relay's limits as data: adding a model, a size or a length is one row here. A pro row needs
 * a pro model; {@code seconds} rows marked {@code proTier} also need a key of the pro tier.
 */
final class SoraRelayRules {

    record ModelRow(String name, boolean pro) {
    }

    record SizeRow(String value, int width, int height) {
    }

    record SecondsRow(String value, boolean pro) {
    }

    static final String PRO_TIER = "pro";
    static final String DEFAULT_SIZE = "720x1280";
    static final String DEFAULT_SECONDS = "10";
    static final int PROMPT_MAX = 32_000;
    static final double CHARACTER_SPAN_MIN = 1;
    static final double CHARACTER_SPAN_MAX = 3;

    static final List<ModelRow> MODELS = List.of(
            new ModelRow("sora-2", false),
            new ModelRow("sora-2-pro", true),
            new ModelRow("sora-2-2025-10-06", false),
            new ModelRow("sora-2-pro-2025-10-06", true));

    static final List<SizeRow> SIZES = List.of(
            new SizeRow("720x1280", 720, 1280),
            new SizeRow("1280x720", 1280, 720),
            new SizeRow("1024x1792", 1024, 1792),
            new SizeRow("1792x1024", 1792, 1024));

    static final List<SecondsRow> SECONDS = List.of(
            new SecondsRow("10", false),
            new SecondsRow("15", false),
            new SecondsRow("25", true));

    private SoraRelayRules() {
    }

    static ModelRow model(String name) {
        return FieldRules.row("model", name, MODELS, ModelRow::name);
    }

    static SizeRow size(Optional<String> requested) {
        return FieldRules.row("size", requested.orElse(DEFAULT_SIZE), SIZES, SizeRow::value);
    }

    static boolean offers(ModelRow model, String value) {
        return SECONDS.stream().anyMatch(s -> s.value().equals(value) && (model.pro() || !s.pro()));
    }

    /** A length the model offers (unknown ones list the model's), then the key's tier for pro lengths. */
    static int seconds(ModelRow model, String tier, String value) {
        List<String> offered = SECONDS.stream().map(SecondsRow::value).filter(v -> offers(model, v)).toList();
        FieldRules.oneOf("seconds", value, offered);
        boolean pro = SECONDS.stream().anyMatch(s -> s.value().equals(value) && s.pro());
        if (pro && !PRO_TIER.equals(tier)) {
            throw new ApiError(403, "permission_error", "Videos of " + value + " seconds need an API key of the"
                    + " 'pro' tier; this key's tier is " + (tier == null ? "not set" : "'" + tier + "'") + ".",
                    "seconds", "insufficient_permissions").exception();
        }
        return Integer.parseInt(value);
    }

    /** new-api trims the prompt before its check. */
    static String prompt(String prompt) {
        return FieldRules.text("prompt", prompt, PROMPT_MAX, FieldRules.Blank.REFUSED);
    }
}
