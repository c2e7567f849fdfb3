package dev.videoapiemulator.dialect.klingofficial;

import dev.videoapiemulator.api.FieldErrors;
import dev.videoapiemulator.dialect.FieldRules;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Kling's task fields and limits as data, from its API reference (relay-dialects.md §5): the models
 * of each action, the enumerations with their defaults, the bounds, and the frame each mode and
 * aspect ratio render at.
 */
final class KlingOfficialRules {

    static final String DEFAULT_MODEL = "kling-v1";
    static final int PROMPT_MAX = 2500;
    static final List<String> DURATIONS = List.of("5", "10");
    static final String DEFAULT_DURATION = "5";
    static final double CFG_MIN = 0;
    static final double CFG_MAX = 1;
    static final List<String> SOUNDS = List.of("off", "on");
    static final List<String> CAMERA_TYPES = List.of("simple", "down_back", "forward_up", "right_turn_forward",
            "left_turn_forward");
    /** The camera type whose movement the config spells out, one axis at a time. */
    static final String SIMPLE_CAMERA = "simple";
    static final List<String> CAMERA_AXES = List.of("horizontal", "vertical", "pan", "tilt", "roll", "zoom");
    static final double CAMERA_BOUND = 10;
    static final int DYNAMIC_MASKS_MAX = 6;
    static final int TRAJECTORY_MIN = 2;
    static final int TRAJECTORY_MAX = 77;
    static final Bound PAGE_NUM = new Bound("pageNum", 1, 1000, 1);
    static final Bound PAGE_SIZE = new Bound("pageSize", 1, 500, 30);

    private static final Set<String> COMMON_FIELDS = Set.of("model_name", "prompt", "negative_prompt", "cfg_scale",
            "mode", "duration", "camera_control", "callback_url", "external_task_id", "sound");

    /** The two task kinds: each its own path, models and fields; a task is found only under its own kind. */
    enum Action {
        TEXT2VIDEO("text2video", List.of("kling-v1", "kling-v1-6", "kling-v2-master", "kling-v2-1-master",
                "kling-v2-5-turbo", "kling-v2-6"), Set.of("aspect_ratio")),
        IMAGE2VIDEO("image2video", List.of("kling-v1", "kling-v1-5", "kling-v1-6", "kling-v2-master", "kling-v2-1",
                "kling-v2-1-master", "kling-v2-5-turbo", "kling-v2-6"),
                Set.of("image", "image_tail", "static_mask", "dynamic_masks"));

        static final List<Action> ALL = List.of(values());

        private final String path;
        private final List<String> models;
        private final Set<String> fields;

        Action(String path, List<String> models, Set<String> own) {
            this.path = path;
            this.models = models;
            this.fields = Set.copyOf(Stream.concat(COMMON_FIELDS.stream(), own.stream()).toList());
        }

        String path() {
            return path;
        }

        List<String> models() {
            return models;
        }

        Set<String> fields() {
            return fields;
        }
    }

    /** The mode sets the resolution: the short side of the frame. */
    enum Mode {
        STD("std", 720),
        PRO("pro", 1080);

        static final List<Mode> ALL = List.of(values());
        static final Mode DEFAULT = STD;

        final String value;
        final int shortSide;

        Mode(String value, int shortSide) {
            this.value = value;
            this.shortSide = shortSide;
        }
    }

    enum AspectRatio {
        WIDE("16:9", 16, 9),
        TALL("9:16", 9, 16),
        SQUARE("1:1", 1, 1);

        static final List<AspectRatio> ALL = List.of(values());
        static final AspectRatio DEFAULT = WIDE;

        final String value;
        final int across;
        final int down;

        AspectRatio(String value, int across, int down) {
            this.value = value;
            this.across = across;
            this.down = down;
        }

        int width(Mode mode) {
            return mode.shortSide * across / Math.min(across, down);
        }

        int height(Mode mode) {
            return mode.shortSide * down / Math.min(across, down);
        }

        /** The ratio closest to a picture's, for image2video, whose video takes the picture's shape. */
        static AspectRatio nearest(int width, int height) {
            double ratio = Math.log((double) width / height);
            AspectRatio best = DEFAULT;
            for (AspectRatio candidate : ALL) {
                double distance = Math.abs(ratio - Math.log((double) candidate.across / candidate.down));
                if (distance < Math.abs(ratio - Math.log((double) best.across / best.down))) {
                    best = candidate;
                }
            }
            return best;
        }
    }

    /** A whole number a query takes, with its bounds and its default. */
    record Bound(String param, long min, long max, long fallback) {

        long read(String value) {
            if (value == null || value.isEmpty()) {
                return fallback;
            }
            long number;
            try {
                number = Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                throw FieldErrors.notInteger(param, value).exception();
            }
            if (number < min) {
                throw FieldErrors.belowMinimum(param, min, number).exception();
            }
            if (number > max) {
                throw FieldErrors.aboveMaximum(param, max, number).exception();
            }
            return number;
        }
    }

    private KlingOfficialRules() {
    }

    static String model(Action action, Optional<String> requested) {
        return FieldRules.oneOf("model_name", requested, DEFAULT_MODEL, action.models());
    }

    /** Kling refuses an empty prompt but counts spaces as text, as the seed-003 relay does. */
    static String prompt(String param, String value) {
        return FieldRules.text(param, value, PROMPT_MAX, FieldRules.Blank.ALLOWED);
    }

    static Mode mode(Optional<String> requested) {
        return FieldRules.row("mode", requested.orElse(Mode.DEFAULT.value), Mode.ALL, mode -> mode.value);
    }

    static AspectRatio aspectRatio(Optional<String> requested) {
        return FieldRules.row("aspect_ratio", requested.orElse(AspectRatio.DEFAULT.value), AspectRatio.ALL,
                ratio -> ratio.value);
    }

    static int duration(Optional<String> requested) {
        return Integer.parseInt(FieldRules.oneOf("duration", requested, DEFAULT_DURATION, DURATIONS));
    }

    static void cfgScale(Optional<Double> requested) {
        requested.ifPresent(value -> within("cfg_scale", value, CFG_MIN, CFG_MAX));
    }

    static double within(String param, double value, double min, double max) {
        if (value < min) {
            throw FieldErrors.numberBelowMinimum(param, min, value).exception();
        }
        if (value > max) {
            throw FieldErrors.numberAboveMaximum(param, max, value).exception();
        }
        return value;
    }

    /** An absolute http(s) URL with a host: where Kling can post the task's changes. */
    static String callbackUrl(String value) {
        try {
            URI uri = new URI(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // answered below, as for any other value that is no http(s) URL
        }
        throw FieldErrors.invalid("callback_url", "Invalid 'callback_url': expected an http(s) URL, but got '" + value
                + "'.").exception();
    }
}
