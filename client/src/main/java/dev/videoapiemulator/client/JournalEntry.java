package dev.videoapiemulator.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;

/**
 * One API request as the journal remembers it. {@code time} is when it arrived, on the emulator's
 * clock; {@code query} is without its '?'; {@code profile}, {@code key}, {@code testId},
 * {@code query} and {@code scenario} are null when there was none.
 */
public record JournalEntry(long id, Instant time, String profile, String key, String testId, String method,
        String path, String query, int status, String scenario, @JsonProperty("duration_ms") Duration duration) {
}
