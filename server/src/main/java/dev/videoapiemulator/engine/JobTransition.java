package dev.videoapiemulator.engine;

import java.time.Instant;

/**
 * A job reached {@code status} at {@code at} on the emulator's clock: {@code QUEUED} when it was
 * created, then {@code IN_PROGRESS}, then {@code COMPLETED} or {@code FAILED}. Fired as a CDI event
 * once that instant has passed, for whoever notifies clients of status changes.
 */
public record JobTransition(VideoJob job, JobStatus status, Instant at) {
}
