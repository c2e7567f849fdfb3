package dev.videoapiemulator.dialect.openairelay;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.videoapiemulator.dialect.JobFacts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The video object as the relay documents it: OpenAI's fields plus {@code quality}, and {@code url}
 * (the emulator's own content endpoint) once completed. Times are Unix seconds; completed_at,
 * expires_at and url are left out until they apply, error and remixed_from_video_id are null.
 */
@Schema(name = "RelayVideo")
@JsonPropertyOrder({"id", "object", "model", "status", "progress", "created_at", "completed_at", "expires_at", "size",
        "seconds", "quality", "remixed_from_video_id", "error", "url"})
public record RelayVideoView(
        String id,
        @Schema(enumeration = "video") String object,
        String model,
        @Schema(enumeration = {"queued", "processing", "completed", "failed"}) String status,
        int progress,
        @JsonProperty("created_at") long createdAt,
        @JsonProperty("completed_at") @JsonInclude(JsonInclude.Include.NON_NULL) Long completedAt,
        @JsonProperty("expires_at") @JsonInclude(JsonInclude.Include.NON_NULL) Long expiresAt,
        String size,
        String seconds,
        String quality,
        @JsonProperty("remixed_from_video_id") String remixedFromVideoId,
        ErrorView error,
        @JsonInclude(JsonInclude.Include.NON_NULL) String url) {

    @Schema(name = "RelayVideoError")
    public record ErrorView(String message, String code) {
    }

    static RelayVideoView of(JobFacts job, String baseUrl) {
        boolean completed = job.completed();
        return new RelayVideoView(job.id(), "video", job.model(), OpenAiRelayRules.STATUSES.get(job.status()),
                job.progress(), job.createdAtSeconds(), job.completedAtSeconds(), job.expiresAtSeconds(), job.size(),
                job.seconds(), OpenAiRelayRules.quality(job.model()), null,
                job.error() == null ? null : new ErrorView(job.error().message(), job.error().code()),
                completed ? baseUrl + "/openai-relay/v1/videos/" + job.id() + "/content" : null);
    }
}
