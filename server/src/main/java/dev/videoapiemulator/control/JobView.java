package dev.videoapiemulator.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.engine.JobError;
import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.VideoJob;

/**
 * A job as the engine sees it, whichever key and test own it. {@code completed_at} and {@code error}
 * are null until they apply.
 */
public record JobView(String id, String key, @JsonProperty("test_id") String testId, String profile, String status,
        int progress, @JsonProperty("created_at") long createdAtMillis, String model, int width, int height,
        int seconds, String prompt, String scenario, @JsonProperty("completed_at") Long completedAtMillis,
        JobError error) {

    static JobView of(VideoJob job, JobState state) {
        var spec = job.spec();
        return new JobView(job.id(), ApiCaller.keyOf(job.owner()), ApiCaller.testIdOf(job.owner()), job.dialect(),
                JobStatuses.name(state.status()), state.progress(), job.createdAt().toEpochMilli(), spec.model(),
                spec.width(), spec.height(), spec.seconds(), spec.prompt(), job.scenario(),
                state.completedAt() == null ? null : state.completedAt().toEpochMilli(), state.error());
    }
}
