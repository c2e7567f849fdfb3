package dev.videoapiemulator.engine;

import java.time.Instant;

/** What a job looks like at one instant. {@code finishedAt} and {@code error} are null until they apply. */
public record JobState(JobStatus status, int progress, Instant finishedAt, JobError error) {

    /** When the job completed, or null while it has not (a failed job never completes). */
    public Instant completedAt() {
        return status == JobStatus.COMPLETED ? finishedAt : null;
    }

    static JobState queued() {
        return new JobState(JobStatus.QUEUED, 0, null, null);
    }

    static JobState inProgress(int progress) {
        return new JobState(JobStatus.IN_PROGRESS, progress, null, null);
    }

    static JobState completed(Instant at) {
        return new JobState(JobStatus.COMPLETED, 100, at, null);
    }

    static JobState failed(int progress, Instant at, JobError error) {
        return new JobState(JobStatus.FAILED, progress, at, error);
    }
}
