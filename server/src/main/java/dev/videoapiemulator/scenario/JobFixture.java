package dev.videoapiemulator.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.videoapiemulator.api.Profile;
import java.util.regex.Pattern;

/**
 * A job that exists from the start, as a fixture file declares it under {@code jobs:}. {@code key}
 * null means every key sees it. {@code status} is in the profile's own words, {@code details} holds
 * what only that profile reports; both are checked by the profile ({@link JobDeclarations}).
 */
public record JobFixture(String id, String profile, String key, String model, String size, Integer seconds,
        String prompt, String status, Integer progress, FixtureTime created, FixtureTime completed,
        FixtureTime expires, ErrorSpec error, String remixedFrom, ObjectNode details) {

    private static final Pattern SIZE = Pattern.compile("[1-9]\\d{0,4}x[1-9]\\d{0,4}");

    public JobFixture {
        if (id == null || id.isBlank()) {
            throw new FixtureFieldError("id", "id is required");
        }
        if (status == null || status.isBlank()) {
            throw new FixtureFieldError("status", "status is required");
        }
        profile = profile == null ? Profile.OFFICIAL : profile;
        if (key != null && key.isBlank()) {
            throw new FixtureFieldError("key", "key must not be blank (leave it out for a job every key sees)");
        }
        if (size != null && !SIZE.matcher(size).matches()) {
            throw new FixtureFieldError("size", "size must be WIDTHxHEIGHT, such as 1280x720, not '" + size + "'");
        }
        if (seconds != null && (seconds < 1 || seconds > 600)) {
            throw new FixtureFieldError("seconds", "seconds must be between 1 and 600, not " + seconds);
        }
        if (progress != null && (progress < 0 || progress > 100)) {
            throw new FixtureFieldError("progress", "progress must be between 0 and 100, not " + progress);
        }
        if (remixedFrom != null && remixedFrom.isBlank()) {
            throw new FixtureFieldError("remixed_from", "remixed_from must not be blank");
        }
    }

    public int width() {
        return size == null ? 0 : Integer.parseInt(size.substring(0, size.indexOf('x')));
    }

    public int height() {
        return size == null ? 0 : Integer.parseInt(size.substring(size.indexOf('x') + 1));
    }
}
