package dev.videoapiemulator.dialect.veo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.videoapiemulator.dialect.JobFacts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The video object of the Veo relay: the eight fields of the seed's answer, always present, then
 * completion, expiry and error only once they apply, as relays built on new-api omit unset fields.
 */
@Schema(name = "VeoVideo")
@JsonPropertyOrder({"id", "object", "model", "status", "progress", "created_at", "seconds", "size", "completed_at",
        "expires_at", "error"})
public record VeoVideoView(
        String id,
        @Schema(enumeration = "video") String object,
        String model,
        @Schema(enumeration = {"queued", "in_progress", "completed", "failed"}) String status,
        int progress,
        @JsonProperty("created_at") long createdAt,
        String seconds,
        String size,
        @JsonProperty("completed_at") @JsonInclude(JsonInclude.Include.NON_NULL) Long completedAt,
        @JsonProperty("expires_at") @JsonInclude(JsonInclude.Include.NON_NULL) Long expiresAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) ErrorView error) {

    @Schema(name = "VeoVideoError")
    public record ErrorView(String code, String message) {
    }

    static VeoVideoView of(JobFacts job, VeoJobDetails details) {
        return new VeoVideoView(job.id(), "video", job.model(), job.statusName(), job.progress(),
                job.createdAtSeconds(), job.seconds(), details.reportedSize(), job.completedAtSeconds(),
                job.expiresAtSeconds(), job.error() == null ? null
                        : new ErrorView(job.error().code(), job.error().message()));
    }
}
