package dev.videoapiemulator.client;

import java.util.Comparator;
import java.util.List;

/**
 * The message of a failed verify, as WireMock words one: what was expected, what was found, and the
 * recent requests closest to the filter with the criteria each of them misses, so a test shows why
 * its client's request did not count, not only that it did not.
 */
final class NearMisses {

    static final int SHOWN = 5;

    private NearMisses() {
    }

    static String describe(ExpectedCount expected, JournalFilter filter, long found, List<JournalEntry> recent) {
        StringBuilder text = new StringBuilder("Expected ").append(expected).append(" journal entries matching ")
                .append(filter).append(", but found ").append(found).append('.');
        List<Miss> misses = recent.stream().map(entry -> new Miss(entry, filter.missedBy(entry))).toList();
        if (found > expected.max()) {
            append(text, "Matching requests, newest first:", misses.stream().filter(Miss::matches).toList());
        }
        List<Miss> nearest = misses.stream().filter(miss -> !miss.matches())
                .sorted(Comparator.comparingInt((Miss miss) -> miss.missed().size())).toList();
        if (nearest.isEmpty()) {
            text.append("\nNo near misses among the last ").append(recent.size()).append(" requests.");
        } else {
            append(text, "Near misses among the last " + recent.size() + " requests, closest first:", nearest);
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String heading, List<Miss> misses) {
        text.append('\n').append(heading);
        misses.stream().limit(SHOWN).forEach(miss -> text.append("\n  ").append(miss));
    }

    private record Miss(JournalEntry entry, List<String> missed) {

        boolean matches() {
            return missed.isEmpty();
        }

        @Override
        public String toString() {
            JournalEntry e = entry;
            String request = "#" + e.id() + " " + e.method() + " " + e.path()
                    + (e.query() == null ? "" : "?" + e.query()) + " -> " + e.status()
                    + " (profile=" + e.profile() + ", key=" + e.key() + ", test_id=" + e.testId()
                    + ", scenario=" + e.scenario() + ", time=" + e.time().toEpochMilli() + ")";
            return matches() ? request : request + " misses " + String.join(", ", missed);
        }
    }
}
