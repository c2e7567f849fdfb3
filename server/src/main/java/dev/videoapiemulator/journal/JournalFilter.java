package dev.videoapiemulator.journal;

import dev.videoapiemulator.control.ControlParams;
import dev.videoapiemulator.api.FieldErrors;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which journal entries a query or a count means: every criterion given must hold. Unknown
 * criteria are refused, so a misspelt one cannot silently match everything.
 */
public record JournalFilter(String method, String path, Pattern pathRegex, String profile, String key,
        Integer status, String scenario, String testId, Long since) implements Predicate<JournalEntry> {

    public static final List<String> CRITERIA = List.of("method", "path", "path_regex", "profile", "key", "status",
            "scenario", "test_id", "since");

    public static JournalFilter parse(Map<String, String> criteria) {
        criteria.keySet().stream().filter(name -> !CRITERIA.contains(name)).findFirst().ifPresent(name -> {
            throw FieldErrors.unknown(name).exception();
        });
        Long status = ControlParams.integer("status", criteria.get("status"), 100, 599);
        return new JournalFilter(ControlParams.text(criteria.get("method")), ControlParams.text(criteria.get("path")),
                regex(criteria.get("path_regex")), ControlParams.text(criteria.get("profile")),
                ControlParams.text(criteria.get("key")), status == null ? null : status.intValue(),
                ControlParams.text(criteria.get("scenario")), ControlParams.text(criteria.get("test_id")),
                ControlParams.integer("since", criteria.get("since"), 0, Long.MAX_VALUE));
    }

    @Override
    public boolean test(JournalEntry entry) {
        return (method == null || method.equalsIgnoreCase(entry.method()))
                && (path == null || path.equals(entry.path()))
                && (pathRegex == null || pathRegex.matcher(entry.path()).matches())
                && (profile == null || profile.equals(entry.profile()))
                && (key == null || key.equals(entry.key()))
                && (status == null || status == entry.status())
                && (scenario == null || scenario.equals(entry.scenario()))
                && (testId == null || testId.equals(entry.testId()))
                && (since == null || entry.time() >= since);
    }

    private static Pattern regex(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Pattern.compile(value);
        } catch (PatternSyntaxException e) {
            throw FieldErrors.invalid("path_regex", "Invalid 'path_regex': " + e.getDescription() + " in '" + value
                    + "'.").exception();
        }
    }
}
