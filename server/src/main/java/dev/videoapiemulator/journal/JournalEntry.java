package dev.videoapiemulator.journal;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One API request as the journal remembers it. {@code id} grows with every request, {@code time}
 * is when it arrived on the emulator's clock (epoch milliseconds); {@code profile} is the profile
 * that served it, {@code key} the bearer key offered, {@code scenario} the scenario that answered
 * (each null when there was none); {@code request} its headers and the start of its body.
 */
public record JournalEntry(long id, long time, String profile, String key, @JsonProperty("test_id") String testId,
        String method, String path, String query, int status, String scenario,
        @JsonProperty("duration_ms") double durationMillis, JournalRequest request) {

    /** The entry's line alone, for where headers and body would be too much (the dashboard's event stream). */
    public JournalEntry withoutRequest() {
        return new JournalEntry(id, time, profile, key, testId, method, path, query, status, scenario, durationMillis,
                null);
    }
}
