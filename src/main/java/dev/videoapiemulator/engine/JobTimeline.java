package dev.videoapiemulator.engine;

import java.time.Instant;

/**
 * A job's whole life laid out in advance: queued until {@code startsAt}, in progress until
 * {@code endsAt}, then {@code outcome}. The state at any instant is derived from it, so moving
 * the clock moves every job at once and no timer per job is needed.
 */
public record JobTimeline(Instant startsAt, Instant endsAt, JobOutcome outcome) {

    public JobState stateAt(Instant now) {
        if (now.isBefore(startsAt)) {
            return JobState.queued();
        }
        if (outcome instanceof JobOutcome.Stuck stuck) {
            return JobState.inProgress(stuck.finalProgress());
        }
        if (now.isBefore(endsAt)) {
            long total = endsAt.toEpochMilli() - startsAt.toEpochMilli();
            long done = now.toEpochMilli() - startsAt.toEpochMilli();
            return JobState.inProgress((int) (done * outcome.finalProgress() / Math.max(1, total)));
        }
        if (outcome instanceof JobOutcome.Failed failed) {
            return JobState.failed(failed.finalProgress(), endsAt, failed.error());
        }
        return JobState.completed(endsAt);
    }

    /** The same job ended now with another outcome, as a forced transition does. */
    public JobTimeline endingAt(Instant now, JobOutcome newOutcome) {
        Instant start = startsAt.isAfter(now) ? now : startsAt;
        return new JobTimeline(start, now, newOutcome);
    }
}
