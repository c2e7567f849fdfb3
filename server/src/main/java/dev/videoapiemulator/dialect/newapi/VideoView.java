package dev.videoapiemulator.dialect.newapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.VideoJob;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * new-api's {@code dto.OpenAIVideo}: the submit answer, and a task read at {@code /v1/videos/{id}}.
 * Fields without a value are left out ({@code omitempty}), never null; times are Unix seconds; the
 * video's address is {@code metadata.url}, never a top-level {@code url}; {@code task_id} repeats
 * the id for older clients.
 */
@Schema(name = "NewApiVideo")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "task_id", "object", "model", "status", "progress", "created_at", "completed_at", "seconds",
        "error", "metadata"})
public record VideoView(
        String id,
        @JsonProperty("task_id") String taskId,
        @Schema(enumeration = "video") String object,
        String model,
        String status,
        int progress,
        @JsonProperty("created_at") long createdAt,
        @JsonProperty("completed_at") Long completedAt,
        String seconds,
        ErrorView error,
        Map<String, String> metadata) {

    @Schema(name = "NewApiVideoError")
    public record ErrorView(String message, String code) {
    }

    /** What every adaptor answers a submit with: queued at 0, whatever the task's state by then. */
    static VideoView submitted(VideoJob job) {
        return new VideoView(job.id(), job.id(), "video", job.spec().model(), TaskStatus.QUEUED.videoStatus, 0,
                job.createdAt().getEpochSecond(), null, null, null, null);
    }

    static VideoView of(VideoJob job, JobState state, TaskPhase phase, String resultUrl) {
        boolean succeeded = phase.status() == TaskStatus.SUCCESS;
        return new VideoView(job.id(), job.id(), "video", job.spec().model(), phase.status().videoStatus,
                phase.progress(), job.createdAt().getEpochSecond(),
                state.finishedAt() == null ? null : state.finishedAt().getEpochSecond(),
                String.valueOf(job.spec().seconds()),
                state.error() == null ? null : new ErrorView(state.error().message(), state.error().code()),
                succeeded ? Map.of("url", resultUrl) : null);
    }
}
