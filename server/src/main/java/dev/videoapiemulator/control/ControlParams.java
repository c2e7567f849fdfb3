package dev.videoapiemulator.control;

import dev.videoapiemulator.api.FieldErrors;

/** Parameters of the control API, checked with the same error shapes as the real API's. */
public final class ControlParams {

    private ControlParams() {
    }

    /** An integer in {@code [min, max]}, or null when the parameter is absent or empty. */
    public static Long integer(String param, String value, long min, long max) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        long parsed;
        try {
            parsed = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw FieldErrors.notInteger(param, value).exception();
        }
        if (parsed < min) {
            throw FieldErrors.belowMinimum(param, min, parsed).exception();
        }
        if (parsed > max) {
            throw FieldErrors.aboveMaximum(param, max, parsed).exception();
        }
        return parsed;
    }

    /** A page size: {@code fallback} when absent, else 1 to {@code max}. */
    public static int limit(String value, int fallback, int max) {
        Long limit = integer("limit", value, 1, max);
        return limit == null ? fallback : limit.intValue();
    }

    /** Blank is absent, so {@code ?key=} filters nothing rather than everything away. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
