package dev.videoapiemulator.dialect.newapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.JobStatus;
import dev.videoapiemulator.engine.VideoJob;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * new-api's {@code dto.TaskDto}, the {@code data} of a fetch: times in Unix seconds (0 until they
 * happen), progress as "NN%", {@code fail_reason} and {@code result_url} empty until they apply,
 * {@code platform} the channel type, and {@code data} the upstream's own last answer.
 */
@Schema(name = "NewApiTask")
@JsonPropertyOrder({"task_id", "platform", "action", "status", "fail_reason", "result_url", "submit_time", "start_time",
        "finish_time", "progress", "properties", "data"})
public record TaskView(
        @JsonProperty("task_id") String taskId,
        String platform,
        String action,
        String status,
        @JsonProperty("fail_reason") String failReason,
        @JsonProperty("result_url") String resultUrl,
        @JsonProperty("submit_time") long submitTime,
        @JsonProperty("start_time") long startTime,
        @JsonProperty("finish_time") long finishTime,
        String progress,
        Properties properties,
        @Schema(description = "The upstream's last answer, in its own shape") Object data) {

    /** The models the task was asked for and sent upstream as; new-api maps no model to another here. */
    @Schema(name = "NewApiTaskProperties")
    public record Properties(String input, @JsonProperty("upstream_model_name") String upstreamModelName,
            @JsonProperty("origin_model_name") String originModelName) {
    }

    static TaskView of(VideoJob job, JobState state, TaskPhase phase, String resultUrl) {
        NewApiTaskDetails details = NewApiTaskDetails.of(job);
        boolean succeeded = phase.status() == TaskStatus.SUCCESS;
        return new TaskView(job.id(), details.platform().number, details.action(), phase.status().name(),
                state.error() == null ? "" : state.error().message(), succeeded ? resultUrl : "",
                job.createdAt().getEpochSecond(),
                state.status() == JobStatus.QUEUED ? 0 : job.timeline().startsAt().getEpochSecond(),
                state.finishedAt() == null ? 0 : state.finishedAt().getEpochSecond(),
                phase.percent(), new Properties("", job.spec().model(), job.spec().model()),
                UpstreamAnswers.of(job, state, phase, resultUrl));
    }
}
