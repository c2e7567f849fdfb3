package dev.videoapiemulator.dialect;

import dev.videoapiemulator.engine.JobStatus;

/**
 * Kling's words for a task's status, which both the seed-003 relay's callbacks and Kling's own task
 * API write: submitted, processing, succeed, failed.
 */
public final class KlingTaskStatus {

    private KlingTaskStatus() {
    }

    public static String of(JobStatus status) {
        return switch (status) {
            case QUEUED -> "submitted";
            case IN_PROGRESS -> "processing";
            case COMPLETED -> "succeed";
            case FAILED -> "failed";
        };
    }
}
