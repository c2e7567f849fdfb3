package dev.videoapiemulator.dialect.soratask;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.JobStatus;
import dev.videoapiemulator.engine.VideoJob;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A task as the query answers it, in the relays' task shape: times in Unix seconds (0 until they
 * happen), progress as "NN%" ("100%" once the task has ended, either way), {@code fail_reason}
 * empty unless it failed.
 */
@Schema(name = "SoraTask")
@JsonPropertyOrder({"task_id", "notify_hook", "action", "status", "fail_reason", "submit_time", "start_time",
        "finish_time", "progress", "data"})
record TaskView(
        @JsonProperty("task_id") String taskId,
        @JsonProperty("notify_hook") String notifyHook,
        String action,
        @Schema(enumeration = {"NOT_START", "IN_PROGRESS", "SUCCESS", "FAILURE"}) String status,
        @JsonProperty("fail_reason") String failReason,
        @JsonProperty("submit_time") long submitTime,
        @JsonProperty("start_time") long startTime,
        @JsonProperty("finish_time") long finishTime,
        String progress,
        SoraTaskObject data) {

    static final String ACTION = "sora-video";

    static TaskView of(VideoJob job, JobState state, String baseUrl) {
        SoraTaskDetails details = SoraTaskDetails.of(job);
        boolean ended = state.finishedAt() != null;
        return new TaskView(job.id(), details.notifyHook(), ACTION, SoraTaskRules.STATUSES.get(state.status()).task(),
                state.error() == null ? "" : state.error().message(),
                job.createdAt().getEpochSecond(),
                state.status() == JobStatus.QUEUED ? 0 : seconds(job.timeline().startsAt()),
                ended ? seconds(state.finishedAt()) : 0,
                (ended ? 100 : state.progress()) + "%",
                SoraTaskObject.of(job, state, details, baseUrl));
    }

    private static long seconds(Instant instant) {
        return instant.getEpochSecond();
    }
}
