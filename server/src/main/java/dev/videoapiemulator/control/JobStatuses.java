package dev.videoapiemulator.control;

import dev.videoapiemulator.engine.JobStatus;
import dev.videoapiemulator.api.FieldErrors;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Job statuses as the control API writes and reads them: {@code queued}, {@code in_progress}, ... */
final class JobStatuses {

    private static final List<String> NAMES = Arrays.stream(JobStatus.values()).map(JobStatuses::name).toList();

    private JobStatuses() {
    }

    static String name(JobStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /** The status a {@code status} parameter names, or null when it is absent. */
    static JobStatus parse(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        int index = NAMES.indexOf(value);
        if (index < 0) {
            throw FieldErrors.notOneOf("status", value, NAMES).exception();
        }
        return JobStatus.values()[index];
    }
}
