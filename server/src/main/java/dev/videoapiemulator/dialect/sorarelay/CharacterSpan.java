package dev.videoapiemulator.dialect.sorarelay;

import dev.videoapiemulator.api.ApiException;
import dev.videoapiemulator.api.FieldErrors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The seconds {@code "{start},{end}"} of a source video in which a character appears. */
record CharacterSpan(double start, double end) {

    private static final Pattern FORM = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*,\\s*(-?\\d+(?:\\.\\d+)?)\\s*");

    static CharacterSpan parse(String param, String value) {
        Matcher m = FORM.matcher(value);
        if (!m.matches()) {
            throw invalid(param, "expected '{start},{end}' in seconds, such as '1,3', but got '" + value + "'.");
        }
        CharacterSpan span = new CharacterSpan(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)));
        if (span.start < 0) {
            throw invalid(param, "the start must be 0 or more, but got " + m.group(1) + ".");
        }
        double length = span.end - span.start;
        if (length < SoraRelayRules.CHARACTER_SPAN_MIN || length > SoraRelayRules.CHARACTER_SPAN_MAX) {
            throw invalid(param, "end - start must be from " + (int) SoraRelayRules.CHARACTER_SPAN_MIN + " to "
                    + (int) SoraRelayRules.CHARACTER_SPAN_MAX + " seconds, but got '" + value.strip() + "'.");
        }
        return span;
    }

    /** The span must lie inside a source of known length. */
    void checkWithin(String param, int sourceSeconds) {
        if (end > sourceSeconds) {
            throw invalid(param, "the end (" + end + ") is past the end of the " + sourceSeconds
                    + "-second source video.");
        }
    }

    private static ApiException invalid(String param, String detail) {
        return FieldErrors.invalid(param, "Invalid '" + param + "': " + detail).exception();
    }
}
