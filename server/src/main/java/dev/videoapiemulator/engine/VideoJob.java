package dev.videoapiemulator.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One video generation job. Immutable: a transition replaces the record in the store.
 * {@code details} belongs to the dialect that made the job (fields only it reports), and
 * {@code downloadDirective} and {@code webhookDirective} to the scenario that shaped it (null when
 * none did); the engine never looks inside any of them.
 */
public record VideoJob(
        String id,
        String owner,
        long sequence,
        String dialect,
        Instant createdAt,
        VideoSpec spec,
        JobOrigin origin,
        JobTimeline timeline,
        Duration downloadWindow,
        String scenario,
        Object downloadDirective,
        Object webhookDirective,
        Object details) implements Owned {

    /** The dialect's details when they are of {@code type}: empty for a job another dialect made. */
    public <T> Optional<T> details(Class<T> type) {
        return type.isInstance(details) ? Optional.of(type.cast(details)) : Optional.empty();
    }

    public JobState stateAt(Instant now) {
        return timeline.stateAt(now);
    }

    /** When the downloads stop being served, or null while the job has not completed. */
    public Instant expiresAt(JobState state) {
        return state.completedAt() == null ? null : state.completedAt().plus(downloadWindow);
    }

    public Availability availability(JobState state, Instant now) {
        return switch (state.status()) {
            case QUEUED, IN_PROGRESS -> Availability.NOT_READY;
            case FAILED -> Availability.FAILED;
            case COMPLETED -> now.isBefore(expiresAt(state)) ? Availability.READY : Availability.EXPIRED;
        };
    }

    public VideoJob withSequence(long newSequence) {
        return new VideoJob(id, owner, newSequence, dialect, createdAt, spec, origin, timeline, downloadWindow,
                scenario, downloadDirective, webhookDirective, details);
    }

    public VideoJob withTimeline(JobTimeline newTimeline) {
        return new VideoJob(id, owner, sequence, dialect, createdAt, spec, origin, newTimeline, downloadWindow, scenario,
                downloadDirective, webhookDirective, details);
    }
}
