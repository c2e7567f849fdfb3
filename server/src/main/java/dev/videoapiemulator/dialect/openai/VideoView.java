package dev.videoapiemulator.dialect.openai;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.videoapiemulator.dialect.JobFacts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Video object: all 13 fields, always present, null where empty, in the order the real API sends them. */
@Schema(name = "Video", description = "Structured information describing a generated video job.")
@JsonPropertyOrder({"id", "object", "created_at", "status", "completed_at", "error", "expires_at", "model",
        "progress", "prompt", "remixed_from_video_id", "seconds", "size"})
public record VideoView(
        String id,
        @Schema(enumeration = "video") String object,
        @JsonProperty("created_at") long createdAt,
        @Schema(enumeration = {"queued", "in_progress", "completed", "failed"}) String status,
        @JsonProperty("completed_at") Long completedAt,
        ErrorView error,
        @JsonProperty("expires_at") Long expiresAt,
        String model,
        int progress,
        String prompt,
        @JsonProperty("remixed_from_video_id") String remixedFromVideoId,
        String seconds,
        String size) {

    @Schema(name = "VideoError")
    public record ErrorView(String code, String message) {
    }

    static VideoView of(JobFacts job) {
        return new VideoView(job.id(), "video", job.createdAtSeconds(), job.statusName(), job.completedAtSeconds(),
                job.error() == null ? null : new ErrorView(job.error().code(), job.error().message()),
                job.expiresAtSeconds(), job.model(), job.progress(), job.spec().prompt(), job.remixedFrom(),
                job.seconds(), job.size());
    }
}
