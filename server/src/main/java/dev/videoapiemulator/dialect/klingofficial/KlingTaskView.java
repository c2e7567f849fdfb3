package dev.videoapiemulator.dialect.klingofficial;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.videoapiemulator.dialect.KlingTaskStatus;
import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.JobStatus;
import dev.videoapiemulator.engine.VideoJob;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A Kling task as its queries, lists and callbacks show it: times in milliseconds, the failure
 * reason only once it failed, the video only once it succeeded, its duration a string.
 */
@Schema(name = "KlingOfficialTask")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"task_id", "task_status", "task_status_msg", "task_info", "created_at", "updated_at",
        "task_result"})
public record KlingTaskView(
        @JsonProperty("task_id") String taskId,
        @Schema(enumeration = {"submitted", "processing", "succeed", "failed"})
        @JsonProperty("task_status") String taskStatus,
        @JsonProperty("task_status_msg") String taskStatusMsg,
        @JsonProperty("task_info") TaskInfo taskInfo,
        @JsonProperty("created_at") long createdAt,
        @JsonProperty("updated_at") long updatedAt,
        @JsonProperty("task_result") TaskResult taskResult) {

    @Schema(name = "KlingOfficialTaskInfo")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TaskInfo(@JsonProperty("external_task_id") String externalTaskId) {
    }

    @Schema(name = "KlingOfficialTaskResult")
    public record TaskResult(List<Video> videos) {
    }

    @Schema(name = "KlingOfficialVideo")
    public record Video(String id, String url, @Schema(description = "Seconds, as a string") String duration) {
    }

    /** The task as it stood at {@code at}, its video's URL under {@code baseUrl}. */
    static KlingTaskView of(VideoJob job, Instant at, String baseUrl) {
        KlingTaskDetails details = job.details(KlingTaskDetails.class).orElseThrow();
        JobState state = job.stateAt(at);
        TaskResult result = state.status() != JobStatus.COMPLETED ? null
                : new TaskResult(List.of(new Video(job.id(), baseUrl + KlingTasks.contentPath(job, details),
                        String.valueOf(job.spec().seconds()))));
        return new KlingTaskView(job.id(), KlingTaskStatus.of(state.status()),
                state.error() == null ? null : state.error().message(), new TaskInfo(details.externalTaskId()),
                job.createdAt().toEpochMilli(), updatedAt(job, state).toEpochMilli(), result);
    }

    /** When the task last changed status: made, started, or ended. */
    private static Instant updatedAt(VideoJob job, JobState state) {
        return switch (state.status()) {
            case QUEUED -> job.createdAt();
            case IN_PROGRESS -> job.timeline().startsAt().isBefore(job.createdAt()) ? job.createdAt()
                    : job.timeline().startsAt();
            case COMPLETED, FAILED -> state.finishedAt();
        };
    }
}
