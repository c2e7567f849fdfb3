package dev.videoapiemulator.client;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/** Which journal entries a find, a count or a verify means. */
public final class JournalFilter extends Criteria<JournalFilter> {

    private static final JournalFilter ANY = new JournalFilter(Params.none());

    /**
     * How the emulator applies each criterion, so {@code verify} can tell which ones a near miss
     * misses without asking it once per entry.
     */
    private static final Map<String, BiPredicate<String, JournalEntry>> HOLDS = criteria();

    private JournalFilter(Params params) {
        super(params);
    }

    public static JournalFilter any() {
        return ANY;
    }

    /** Any case. */
    public JournalFilter method(String method) {
        return with("method", method);
    }

    /** The path exactly, as the client sent it, without the query. */
    public JournalFilter path(String path) {
        return with("path", path);
    }

    /** The whole path against a Java regular expression. */
    public JournalFilter pathRegex(String regex) {
        return with("path_regex", regex);
    }

    public JournalFilter profile(String profile) {
        return with("profile", profile);
    }

    public JournalFilter key(String key) {
        return with("key", key);
    }

    public JournalFilter scenario(String scenario) {
        return with("scenario", scenario);
    }

    public JournalFilter status(int status) {
        return with("status", status);
    }

    /** Entries that arrived at or after {@code since} on the emulator's clock (see {@link ClockControl#now()}). */
    public JournalFilter since(Instant since) {
        return with("since", since.toEpochMilli());
    }

    @Override
    JournalFilter copy(Params params) {
        return new JournalFilter(params);
    }

    JournalFilter scopedBy(Scope scope) {
        return copy(scope.scoped(params()));
    }

    /** The criteria {@code entry} fails, as {@code name=value}; empty when it matches. */
    List<String> missedBy(JournalEntry entry) {
        Params criteria = params();
        return criteria.asMap().keySet().stream()
                .filter(name -> !HOLDS.get(name).test(criteria.get(name), entry))
                .map(name -> name + "=" + criteria.get(name))
                .toList();
    }

    private static Map<String, BiPredicate<String, JournalEntry>> criteria() {
        Map<String, BiPredicate<String, JournalEntry>> holds = new LinkedHashMap<>();
        holds.put("method", (wanted, e) -> wanted.equalsIgnoreCase(e.method()));
        holds.put("path", (wanted, e) -> wanted.equals(e.path()));
        holds.put("path_regex", (wanted, e) -> Pattern.compile(wanted).matcher(e.path()).matches());
        holds.put("profile", (wanted, e) -> wanted.equals(e.profile()));
        holds.put("key", (wanted, e) -> wanted.equals(e.key()));
        holds.put(Scope.TEST_ID, (wanted, e) -> wanted.equals(e.testId()));
        holds.put("scenario", (wanted, e) -> wanted.equals(e.scenario()));
        holds.put("status", (wanted, e) -> Integer.parseInt(wanted) == e.status());
        holds.put("since", (wanted, e) -> !e.time().isBefore(Instant.ofEpochMilli(Long.parseLong(wanted))));
        return Map.copyOf(holds);
    }
}
