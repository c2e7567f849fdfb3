package dev.videoapiemulator.engine;

import java.time.Instant;
import java.util.List;

/**
 * A job's whole life laid out in advance: queued until {@code startsAt}, in progress until
 * {@code endsAt}, then {@code outcome}. The state at any instant is derived from it, so moving
 * the clock moves every job at once and no timer per job is needed. Progress rises evenly to the
 * outcome's final progress, or through {@code progressSteps}, each shown for an equal share of
 * the in-progress time.
 */
public record JobTimeline(Instant startsAt, Instant endsAt, JobOutcome outcome, List<Integer> progressSteps) {

    public JobTimeline(Instant startsAt, Instant endsAt, JobOutcome outcome) {
        this(startsAt, endsAt, outcome, List.of());
    }

    public JobState stateAt(Instant now) {
        if (now.isBefore(startsAt)) {
            return JobState.queued();
        }
        if (outcome instanceof JobOutcome.Stuck stuck) {
            return JobState.inProgress(stuck.finalProgress());
        }
        if (now.isBefore(endsAt)) {
            long total = Math.max(1, endsAt.toEpochMilli() - startsAt.toEpochMilli());
            long done = now.toEpochMilli() - startsAt.toEpochMilli();
            if (!progressSteps.isEmpty()) {
                return JobState.inProgress(progressSteps.get((int) (done * progressSteps.size() / total)));
            }
            return JobState.inProgress((int) (done * outcome.finalProgress() / total));
        }
        if (outcome instanceof JobOutcome.Failed failed) {
            return JobState.failed(failed.finalProgress(), endsAt, failed.error());
        }
        return JobState.completed(endsAt);
    }

    /** The same job ended now with another outcome, as a forced transition does. */
    public JobTimeline endingAt(Instant now, JobOutcome newOutcome) {
        if (endedAsAlready(now, newOutcome)) {
            // Its history stands, and so does the end it reports (or has reported) to webhooks.
            return this;
        }
        Instant start = startsAt.isAfter(now) ? now : startsAt;
        return new JobTimeline(start, now, newOutcome);
    }

    /** True when the job had ended by {@code now} in an outcome of the same kind (completed, or failed). */
    private boolean endedAsAlready(Instant now, JobOutcome newOutcome) {
        return !now.isBefore(endsAt) && !(outcome instanceof JobOutcome.Stuck)
                && outcome.getClass() == newOutcome.getClass();
    }
}
