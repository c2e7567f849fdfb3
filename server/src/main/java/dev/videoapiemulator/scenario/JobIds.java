package dev.videoapiemulator.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;
import java.util.Locale;

/** How a file's declared job ids are checked: against their profile's id shape, or not at all. */
public enum JobIds {
    PROFILE,
    ANY;

    @JsonCreator
    static JobIds of(String value) {
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("job_ids must be one of " + Arrays.stream(values())
                    .map(v -> v.name().toLowerCase(Locale.ROOT)).toList() + ", not '" + value + "'");
        }
    }
}
