package dev.videoapiemulator.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.videoapiemulator.engine.JobOrigin;
import dev.videoapiemulator.engine.JobOutcome;
import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.JobTimeline;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.engine.VideoSpec;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Everything the emulator keeps of a job: the control view, the spec it renders (the request's
 * fields as the dialect read them; the raw request is in the journal), its timeline on its test's
 * clock, and the dialect's own details (storyboard shots, characters, references, metadata).
 */
public record JobDetailView(JobView job, VideoSpec spec, JobOrigin origin, Timeline timeline,
        @JsonProperty("expires_at") Long expiresAtMillis, Object details) {

    /** Queued until {@code starts_at}, in progress until {@code ends_at}, then {@code outcome}. */
    public record Timeline(@JsonProperty("starts_at") long startsAtMillis, @JsonProperty("ends_at") long endsAtMillis,
            String outcome, @JsonProperty("progress_steps") List<Integer> progressSteps) {

        static Timeline of(JobTimeline timeline) {
            JobOutcome outcome = timeline.outcome();
            // completed, failed or stuck (held in progress by the control API)
            return new Timeline(timeline.startsAt().toEpochMilli(), timeline.endsAt().toEpochMilli(),
                    outcome.getClass().getSimpleName().toLowerCase(Locale.ROOT), timeline.progressSteps());
        }
    }

    static JobDetailView of(VideoJob job, JobState state) {
        Instant expires = job.expiresAt(state);
        return new JobDetailView(JobView.of(job, state), job.spec(), job.origin(), Timeline.of(job.timeline()),
                expires == null ? null : expires.toEpochMilli(), job.details());
    }
}
