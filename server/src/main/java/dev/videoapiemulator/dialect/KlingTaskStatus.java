package dev.videoapiemulator.dialect;

import dev.videoapiemulator.engine.JobStatus;
import java.util.Map;

/**
 * Kling's words for a task's status, which both the seed-003 relay's callbacks and Kling's own task
 * API write: submitted, processing, succeed, failed.
 */
public final class KlingTaskStatus {

    private KlingTaskStatus() {
    }

    /** The words read back, by which a declared job of a Kling task API names its status. */
    public static final Map<String, JobStatus> WORDS = Map.of("submitted", JobStatus.QUEUED,
            "processing", JobStatus.IN_PROGRESS, "succeed", JobStatus.COMPLETED, "failed", JobStatus.FAILED);

    public static String of(JobStatus status) {
        return switch (status) {
            case QUEUED -> "submitted";
            case IN_PROGRESS -> "processing";
            case COMPLETED -> "succeed";
            case FAILED -> "failed";
        };
    }
}
