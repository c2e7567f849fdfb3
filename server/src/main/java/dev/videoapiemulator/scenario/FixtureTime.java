package dev.videoapiemulator.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A time in a fixture file: relative to when the file is loaded ({@code -10m}, {@code +1h}, a signed
 * duration) or absolute (ISO-8601, {@code 2026-01-01T00:00:00Z}).
 */
public record FixtureTime(Duration fromLoad, Instant at) {

    public static FixtureTime parse(String text) {
        String value = text.strip();
        if (value.startsWith("-") || value.startsWith("+")) {
            Duration offset = FixtureMapper.parseDuration(value.substring(1));
            return new FixtureTime(value.startsWith("-") ? offset.negated() : offset, null);
        }
        try {
            return new FixtureTime(null, Instant.parse(value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a time: use one relative to the load"
                    + " (-10m, +1h) or an ISO-8601 instant (2026-01-01T00:00:00Z)");
        }
    }

    public Instant resolve(Instant loadedAt) {
        return at != null ? at : loadedAt.plus(fromLoad);
    }

    @Override
    public String toString() {
        return at != null ? at.toString() : (fromLoad.isNegative() ? "-" : "+") + fromLoad.abs();
    }
}
