package dev.videoapiemulator.dialect.soratask;

import dev.videoapiemulator.engine.JobStatus;
import dev.videoapiemulator.api.FieldErrors;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The task API's limits as data: a size, a length or an enum value is one row here. Numbers the
 * document gives only a lower bound for get the bound it gives; the upper bound of n_variants is
 * sora.com's own.
 */
final class SoraTaskRules {

    /** One of the six frame sizes, with the aspect ratio and resolution class the document pairs it with. */
    record SizeRow(int width, int height, String aspectRatio, String resolution) {

        String value() {
            return width + "x" + height;
        }
    }

    /** A frame count and the clip length it stands for (30 frames a second). */
    record FramesRow(int frames, int seconds) {
    }

    /** How a task's status reads on the outer envelope and inside the sora.com task object. */
    record StatusRow(String task, String inner) {
    }

    static final List<SizeRow> SIZES = List.of(
            new SizeRow(480, 480, "1:1", "480p"),
            new SizeRow(720, 720, "1:1", "720p"),
            new SizeRow(480, 854, "9:16", "480p"),
            new SizeRow(854, 480, "16:9", "480p"),
            new SizeRow(1280, 720, "16:9", "720p"),
            new SizeRow(720, 1280, "9:16", "720p"));

    static final int FRAMES_PER_SECOND = 30;
    static final List<FramesRow> FRAMES = List.of(new FramesRow(150, 5), new FramesRow(300, 10));

    static final Map<JobStatus, StatusRow> STATUSES = Map.of(
            JobStatus.QUEUED, new StatusRow("NOT_START", "queued"),
            JobStatus.IN_PROGRESS, new StatusRow("IN_PROGRESS", "processing"),
            JobStatus.COMPLETED, new StatusRow("SUCCESS", "succeeded"),
            JobStatus.FAILED, new StatusRow("FAILURE", "failed"));

    static final List<String> TYPES = List.of("video_gen");
    static final List<String> STYLES = List.of("natural");
    static final List<String> OPERATIONS = List.of("simple_compose", "storyboard", "remix", "blend");
    static final List<String> MODELS = List.of("turbo");
    static final List<String> INPAINT_TYPES = List.of("image");

    static final String DEFAULT_STYLE = "natural";
    static final String DEFAULT_OPERATION = "simple_compose";
    static final String DEFAULT_MODEL = "turbo";
    static final String DEFAULT_INPAINT_TYPE = "image";
    static final SizeRow DEFAULT_SIZE = SIZES.get(3);
    static final FramesRow DEFAULT_FRAMES = FRAMES.get(0);
    static final int DEFAULT_VARIANTS = 1;

    static final int PIXELS_MIN = 1;
    static final int FRAMES_MIN = 1;
    static final int VARIANTS_MIN = 1;
    static final int VARIANTS_MAX = 4;
    static final double SDEDIT_AMOUNT_MIN = 1;
    static final double SDEDIT_AMOUNT_MAX = 8;

    private SoraTaskRules() {
    }


    /** Width and height go together: both or neither (then the default size). */
    static SizeRow size(Optional<Long> width, Optional<Long> height) {
        if (width.isEmpty() && height.isEmpty()) {
            return DEFAULT_SIZE;
        }
        long w = atLeast("width", width.orElseThrow(() -> FieldErrors.missing("width").exception()), PIXELS_MIN);
        long h = atLeast("height", height.orElseThrow(() -> FieldErrors.missing("height").exception()), PIXELS_MIN);
        return SIZES.stream().filter(s -> s.width() == w && s.height() == h).findFirst()
                .orElseThrow(() -> FieldErrors.invalid("width", "Invalid size: " + w + "x" + h + ". Supported sizes"
                        + " (width x height) are: " + FieldErrors.quotedList(SIZES.stream().map(SizeRow::value)
                                .toList()) + ".").exception());
    }

    static FramesRow frames(Optional<Long> requested) {
        if (requested.isEmpty()) {
            return DEFAULT_FRAMES;
        }
        long frames = atLeast("n_frames", requested.get(), FRAMES_MIN);
        return FRAMES.stream().filter(f -> f.frames() == frames).findFirst()
                .orElseThrow(() -> FieldErrors.notOneOf("n_frames", String.valueOf(frames),
                        FRAMES.stream().map(f -> String.valueOf(f.frames())).toList()).exception());
    }

    static int variants(Optional<Long> requested) {
        long variants = atLeast("n_variants", requested.orElse((long) DEFAULT_VARIANTS), VARIANTS_MIN);
        if (variants > VARIANTS_MAX) {
            throw FieldErrors.aboveMaximum("n_variants", VARIANTS_MAX, variants).exception();
        }
        return (int) variants;
    }

    static double sdeditAmount(String param, double amount) {
        if (amount < SDEDIT_AMOUNT_MIN) {
            throw FieldErrors.numberBelowMinimum(param, SDEDIT_AMOUNT_MIN, amount).exception();
        }
        if (amount > SDEDIT_AMOUNT_MAX) {
            throw FieldErrors.numberAboveMaximum(param, SDEDIT_AMOUNT_MAX, amount).exception();
        }
        return amount;
    }

    static long atLeast(String param, long value, long min) {
        if (value < min) {
            throw FieldErrors.belowMinimum(param, min, value).exception();
        }
        return value;
    }

    /** An http(s) URL, or for images also a base64 data URL. Remote URLs are never fetched. */
    static String url(String param, String value, boolean dataAllowed) {
        boolean web = value.startsWith("https://") || value.startsWith("http://");
        if (!web && !(dataAllowed && value.startsWith("data:image/"))) {
            throw FieldErrors.invalid(param, "Invalid '" + param + "': expected a fully qualified URL"
                    + (dataAllowed ? " or a base64-encoded data URL" : "") + ".").exception();
        }
        return value;
    }
}
