package dev.videoapiemulator.dialect.kling;

import dev.videoapiemulator.api.FieldErrors;
import dev.videoapiemulator.dialect.FieldRules;
import dev.videoapiemulator.request.RequestFields;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The Kling relay's fields and limits as data. The seed gives types and examples only; the bounds
 * are Kling's own where it has them (duration, prompt length), else what the media can render.
 */
final class KlingRules {

    /** A numeric field: its bounds and its default (none for {@code seed}). */
    enum Numeric {
        DURATION("duration", 1, 10, 5L, true),
        WIDTH("width", 128, 4096, 1280L, false),
        HEIGHT("height", 128, 4096, 720L, false),
        FPS("fps", 1, 60, 30L, false),
        SEED("seed", 0, Integer.MAX_VALUE, null, false),
        N("n", 1, 1, 1L, false);

        final String param;
        final long min;
        final long max;
        final Long fallback;
        /** Typed "number" by the seed: 5.0 is 5 seconds, but the video is whole seconds long. */
        final boolean number;

        Numeric(String param, long min, long max, Long fallback, boolean number) {
            this.param = param;
            this.min = min;
            this.max = max;
            this.fallback = fallback;
            this.number = number;
        }

        Optional<Long> read(RequestFields fields) {
            Optional<Long> value = number ? fields.number(param).map(this::whole) : fields.integer(param);
            value.ifPresent(this::checkBounds);
            return value.or(() -> Optional.ofNullable(fallback));
        }

        private long whole(double value) {
            if (value != Math.rint(value)) {
                throw FieldErrors.invalid(param, "Invalid '" + param + "': expected a whole number of seconds, but got "
                        + value + " instead.").exception();
            }
            // Checked before the cast, which would turn 1e20 into Long.MAX_VALUE in the message.
            if (value > max) {
                throw FieldErrors.aboveMaximum(param, max, new BigDecimal(value).toPlainString()).exception();
            }
            if (value < min) {
                throw FieldErrors.belowMinimum(param, min, new BigDecimal(value).toPlainString()).exception();
            }
            return (long) value;
        }

        private void checkBounds(long value) {
            if (value < min) {
                throw FieldErrors.belowMinimum(param, min, value).exception();
            }
            if (value > max) {
                throw FieldErrors.aboveMaximum(param, max, value).exception();
            }
        }
    }

    static final List<String> MODELS = List.of("kling-v1", "kling-v1-6", "kling-v2-master", "kling-v2-1-master",
            "kling-v2-5-turbo", "kling-v2-6");
    static final String DEFAULT_MODEL = "kling-v1";
    static final List<String> RESPONSE_FORMATS = List.of("url");
    static final int PROMPT_MAX = 2500;

    private KlingRules() {
    }

    static String model(Optional<String> requested) {
        return FieldRules.oneOf("model", requested, DEFAULT_MODEL, MODELS);
    }

    /** Kling refuses only an empty prompt: one of spaces is a prompt to it (docs/dialects/kling.md). */
    static String prompt(String prompt) {
        return FieldRules.text("prompt", prompt, PROMPT_MAX, FieldRules.Blank.ALLOWED);
    }

    static void responseFormat(Optional<String> requested) {
        requested.ifPresent(format -> FieldRules.oneOf("response_format", format, RESPONSE_FORMATS));
    }

    /** H.264 needs even sides, so an odd width or height is rounded up to the next even number. */
    static int even(long pixels) {
        return (int) (pixels + (pixels & 1));
    }
}
