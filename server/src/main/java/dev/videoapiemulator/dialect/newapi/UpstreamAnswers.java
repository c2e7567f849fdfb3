package dev.videoapiemulator.dialect.newapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.JobStatus;
import dev.videoapiemulator.engine.VideoJob;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The upstream's last poll answer, which new-api keeps in a task's {@code data}: Kling's task
 * envelope (times in milliseconds) or OpenAI's video object (times in seconds), under the
 * upstream's own task id and with the emulator's address of the video.
 */
final class UpstreamAnswers {

    @JsonPropertyOrder({"code", "message", "request_id", "data"})
    record KlingAnswer(int code, String message, @JsonProperty("request_id") String requestId, KlingTask data) {
    }

    @JsonPropertyOrder({"task_id", "task_status", "task_status_msg", "created_at", "updated_at", "task_result"})
    record KlingTask(@JsonProperty("task_id") String taskId, @JsonProperty("task_status") String taskStatus,
            @JsonProperty("task_status_msg") String taskStatusMsg, @JsonProperty("created_at") long createdAt,
            @JsonProperty("updated_at") long updatedAt, @JsonProperty("task_result") KlingResult taskResult) {
    }

    record KlingResult(List<KlingVideo> videos) {
    }

    record KlingVideo(String id, String url, String duration) {
    }

    @JsonPropertyOrder({"id", "object", "model", "status", "progress", "created_at", "completed_at", "size", "seconds",
            "error"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SoraVideo(String id, String object, String model, String status, int progress,
            @JsonProperty("created_at") long createdAt, @JsonProperty("completed_at") Long completedAt, String size,
            String seconds, SoraError error) {
    }

    record SoraError(String code, String message) {
    }

    private UpstreamAnswers() {
    }

    static Object of(VideoJob job, JobState state, TaskPhase phase, String resultUrl) {
        NewApiTaskDetails details = NewApiTaskDetails.of(job);
        return details.platform() == Platform.KLING ? kling(job, state, phase, details, resultUrl)
                : sora(job, state, details);
    }

    private static KlingAnswer kling(VideoJob job, JobState state, TaskPhase phase, NewApiTaskDetails details,
            String resultUrl) {
        String seconds = String.valueOf(job.spec().seconds());
        List<KlingVideo> videos = phase.status() == TaskStatus.SUCCESS
                ? List.of(new KlingVideo(details.upstreamId(), resultUrl, seconds)) : List.of();
        Instant updated = state.finishedAt() != null ? state.finishedAt()
                : state.status() == JobStatus.IN_PROGRESS ? job.timeline().startsAt() : job.createdAt();
        return new KlingAnswer(0, "SUCCEED", UUID.randomUUID().toString(), new KlingTask(details.upstreamId(),
                klingStatus(state.status()), state.error() == null ? "" : state.error().message(),
                job.createdAt().toEpochMilli(), updated.toEpochMilli(), new KlingResult(videos)));
    }

    private static String klingStatus(JobStatus status) {
        return switch (status) {
            case QUEUED -> "submitted";
            case IN_PROGRESS -> "processing";
            case COMPLETED -> "succeed";
            case FAILED -> "failed";
        };
    }

    private static SoraVideo sora(VideoJob job, JobState state, NewApiTaskDetails details) {
        return new SoraVideo(details.upstreamId(), "video", job.spec().model(),
                state.status().name().toLowerCase(Locale.ROOT), state.progress(),
                job.createdAt().getEpochSecond(), state.completedAt() == null ? null
                        : state.completedAt().getEpochSecond(),
                job.spec().width() + "x" + job.spec().height(), String.valueOf(job.spec().seconds()),
                state.error() == null ? null : new SoraError(state.error().code(), state.error().message()));
    }
}
