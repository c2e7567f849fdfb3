package dev.videoapiemulator.dialect.kling;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.videoapiemulator.dialect.KlingTaskStatus;
import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.JobStatus;
import dev.videoapiemulator.engine.JobTransition;
import dev.videoapiemulator.engine.VideoJob;
import java.util.List;

/**
 * What Kling posts to a {@code callback_url}: the task's status ({@code submitted}, {@code processing},
 * {@code succeed}, {@code failed}), the failure reason in {@code task_status_msg}, times in
 * milliseconds, and the video once it succeeded.
 */
@JsonPropertyOrder({"task_id", "task_status", "task_status_msg", "created_at", "updated_at", "task_result"})
record KlingCallbackBody(
        @JsonProperty("task_id") String taskId,
        @JsonProperty("task_status") String taskStatus,
        @JsonProperty("task_status_msg") String taskStatusMsg,
        @JsonProperty("created_at") long createdAt,
        @JsonProperty("updated_at") long updatedAt,
        @JsonProperty("task_result") TaskResult taskResult) {

    record TaskResult(List<Video> videos) {
    }

    record Video(String id, String url, String duration) {
    }

    static KlingCallbackBody of(JobTransition transition, String baseUrl) {
        VideoJob job = transition.job();
        JobState state = job.stateAt(transition.at());
        List<Video> videos = transition.status() != JobStatus.COMPLETED ? List.of()
                : List.of(new Video(job.id(), baseUrl + "/kling/v1/videos/" + job.id() + "/content",
                        String.valueOf(job.spec().seconds())));
        return new KlingCallbackBody(job.id(), KlingTaskStatus.of(transition.status()),
                state.error() == null ? "" : state.error().message(), job.createdAt().toEpochMilli(),
                transition.at().toEpochMilli(), new TaskResult(videos));
    }
}
