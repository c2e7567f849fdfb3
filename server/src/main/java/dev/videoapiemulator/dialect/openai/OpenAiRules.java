package dev.videoapiemulator.dialect.openai;

import dev.videoapiemulator.config.EmulatorConfig;
import dev.videoapiemulator.api.FieldErrors;
import dev.videoapiemulator.dialect.FieldRules;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The official API's limits as data: adding a model, a size or a length is one row here.
 * Rows marked extended are the March 2026 additions the typed SDKs do not list; they are
 * accepted only when {@code emulator.openai.extended-enums} is on.
 */
@Singleton
public class OpenAiRules {

    record ModelRow(String name, boolean pro, boolean listedInErrors) {
    }

    record SizeRow(String value, int width, int height, boolean proOnly, boolean extended) {
    }

    record SecondsRow(String value, boolean extended, boolean extensionOnly) {
    }

    static final String DEFAULT_MODEL = "sora-2";
    static final String DEFAULT_SIZE = "720x1280";
    static final String DEFAULT_SECONDS = "4";
    static final int PROMPT_MAX = 32_000;
    static final int CHARACTER_NAME_MAX = 80;
    static final int LIST_LIMIT_MAX = 100;
    static final int LIST_LIMIT_DEFAULT = 20;
    static final int MAX_TOTAL_SECONDS = 120;
    static final int MAX_EXTENSIONS = 6;

    static final List<ModelRow> MODELS = List.of(
            new ModelRow("sora-2", false, true),
            new ModelRow("sora-2-pro", true, true),
            new ModelRow("sora-2-2025-10-06", false, false),
            new ModelRow("sora-2-pro-2025-10-06", true, false),
            new ModelRow("sora-2-2025-12-08", false, false));

    static final List<SizeRow> SIZES = List.of(
            new SizeRow("720x1280", 720, 1280, false, false),
            new SizeRow("1280x720", 1280, 720, false, false),
            new SizeRow("1024x1792", 1024, 1792, true, false),
            new SizeRow("1792x1024", 1792, 1024, true, false),
            new SizeRow("1920x1080", 1920, 1080, true, true),
            new SizeRow("1080x1920", 1080, 1920, true, true));

    static final List<SecondsRow> SECONDS = List.of(
            new SecondsRow("4", false, false),
            new SecondsRow("8", false, false),
            new SecondsRow("12", false, false),
            new SecondsRow("16", true, true),
            new SecondsRow("20", true, true));

    /** The sizes a create accepts, with or without the extended sizes. */
    static List<String> sizeValues(boolean extended) {
        return SIZES.stream().filter(s -> extended || !s.extended()).map(SizeRow::value).toList();
    }

    /** The lengths a create accepts, with or without the extension-only lengths. */
    static List<String> secondsValues(boolean extended) {
        return SECONDS.stream().filter(s -> !s.extensionOnly() || extended).map(SecondsRow::value).toList();
    }

    static List<String> extensionSecondsValues() {
        return SECONDS.stream().map(SecondsRow::value).toList();
    }

    static List<String> listedModels() {
        return MODELS.stream().filter(ModelRow::listedInErrors).map(ModelRow::name).toList();
    }

    private final Map<String, ModelRow> models;
    private final List<String> modelsListed;
    private final List<SizeRow> sizes;
    private final List<String> sizesListed;
    private final List<String> seconds;
    private final List<String> extensionSeconds;

    @Inject
    public OpenAiRules(EmulatorConfig config) {
        this(config.openai().extendedEnums());
    }

    OpenAiRules(boolean extended) {
        this.models = MODELS.stream().collect(Collectors.toUnmodifiableMap(ModelRow::name, m -> m));
        this.modelsListed = listedModels();
        this.sizes = SIZES.stream().filter(s -> extended || !s.extended()).toList();
        this.sizesListed = sizeValues(extended);
        this.seconds = secondsValues(extended);
        this.extensionSeconds = extensionSecondsValues();
    }

    String model(Optional<String> requested) {
        String model = requested.orElse(DEFAULT_MODEL);
        if (!models.containsKey(model)) {
            throw FieldErrors.notOneOf("model", model, modelsListed).exception();
        }
        return model;
    }

    /** The size for a model: unknown sizes list every size; a pro size on a standard model lists that model's. */
    SizeRow size(String model, Optional<String> requested) {
        String value = requested.orElse(DEFAULT_SIZE);
        SizeRow row = sizes.stream().filter(s -> s.value().equals(value)).findFirst()
                .orElseThrow(() -> FieldErrors.notOneOf("size", value, sizesListed).exception());
        if (row.proOnly() && !models.get(model).pro()) {
            throw FieldErrors.notOneOf("size", value, sizesFor(model)).exception();
        }
        return row;
    }

    int seconds(Optional<String> requested) {
        return oneOf("seconds", requested.orElse(DEFAULT_SECONDS), seconds);
    }

    int extensionSeconds(String requested) {
        return oneOf("seconds", requested, extensionSeconds);
    }

    /** The official API refuses only an empty prompt or name, not one of spaces. */
    String prompt(String prompt) {
        return FieldRules.text("prompt", prompt, PROMPT_MAX, FieldRules.Blank.ALLOWED);
    }

    String characterName(String name) {
        return FieldRules.text("name", name, CHARACTER_NAME_MAX, FieldRules.Blank.ALLOWED);
    }

    List<String> sizesFor(String model) {
        boolean pro = models.get(model).pro();
        return sizes.stream().filter(s -> pro || !s.proOnly()).map(SizeRow::value).toList();
    }

    private static int oneOf(String param, String value, List<String> allowed) {
        return Integer.parseInt(FieldRules.oneOf(param, value, allowed));
    }
}
