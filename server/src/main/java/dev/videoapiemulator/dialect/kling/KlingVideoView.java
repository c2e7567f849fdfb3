package dev.videoapiemulator.dialect.kling;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.videoapiemulator.dialect.JobFacts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The video object of the Kling relay: the seed's twelve fields in its order, always present, null where empty. */
@Schema(name = "KlingVideo")
@JsonPropertyOrder({"id", "object", "model", "status", "progress", "created_at", "seconds", "completed_at",
        "expires_at", "size", "error", "metadata"})
public record KlingVideoView(
        String id,
        @Schema(enumeration = "video") String object,
        String model,
        @Schema(enumeration = {"queued", "in_progress", "completed", "failed"}) String status,
        int progress,
        @JsonProperty("created_at") long createdAt,
        String seconds,
        @JsonProperty("completed_at") Long completedAt,
        @JsonProperty("expires_at") Long expiresAt,
        String size,
        ErrorView error,
        ObjectNode metadata) {

    @Schema(name = "KlingVideoError")
    public record ErrorView(String message, String code) {
    }

    static KlingVideoView of(JobFacts job, KlingJobDetails details) {
        return new KlingVideoView(job.id(), "video", job.model(), job.statusName(), job.progress(),
                job.createdAtSeconds(), job.seconds(), job.completedAtSeconds(), job.expiresAtSeconds(), job.size(),
                job.error() == null ? null : new ErrorView(job.error().message(), job.error().code()),
                details.metadata());
    }
}
