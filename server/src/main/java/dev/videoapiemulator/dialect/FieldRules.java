package dev.videoapiemulator.dialect;

import dev.videoapiemulator.api.FieldErrors;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The checks every rule table is made of, so that each is written once and worded the same way:
 * a text with bounds, a value from a list (with a default), a row of a table by its name.
 */
public final class FieldRules {

    /** No upper bound on a text's length. */
    public static final int UNBOUNDED = Integer.MAX_VALUE;

    /** Whether a text of spaces only counts as empty. */
    public enum Blank {
        ALLOWED,
        REFUSED
    }

    private FieldRules() {
    }

    /**
     * A text of 1 to {@code max} characters, counted in code points as the services count them; a
     * refused blank text is reported with its length once stripped, as the relays that trim it do.
     */
    public static String text(String param, String value, int max, Blank blank) {
        String counted = blank == Blank.REFUSED ? value.strip() : value;
        if (counted.isEmpty()) {
            throw FieldErrors.tooShort(param, 1, 0).exception();
        }
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            throw FieldErrors.tooLong(param, max, length).exception();
        }
        return value;
    }

    /** One of {@code allowed}, or {@code fallback} when the parameter is absent. */
    public static String oneOf(String param, Optional<String> requested, String fallback, List<String> allowed) {
        return oneOf(param, requested.orElse(fallback), allowed);
    }

    public static String oneOf(String param, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw FieldErrors.notOneOf(param, value, allowed).exception();
        }
        return value;
    }

    /** The row of {@code rows} named {@code value}; the error lists every row's name. */
    public static <T> T row(String param, String value, List<T> rows, Function<T, String> name) {
        for (T row : rows) {
            if (name.apply(row).equals(value)) {
                return row;
            }
        }
        throw FieldErrors.notOneOf(param, value, rows.stream().map(name).toList()).exception();
    }
}
