package dev.videoapiemulator.dialect.kling;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.VideoJob;
import java.time.Instant;
import java.util.Locale;
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

    static KlingVideoView of(VideoJob job, JobState state) {
        Instant expires = job.expiresAt(state);
        boolean failed = state.error() != null;
        return new KlingVideoView(
                job.id(),
                "video",
                job.spec().model(),
                state.status().name().toLowerCase(Locale.ROOT),
                state.progress(),
                job.createdAt().getEpochSecond(),
                String.valueOf(job.spec().seconds()),
                state.completedAt() == null ? null : state.completedAt().getEpochSecond(),
                expires == null ? null : expires.getEpochSecond(),
                job.spec().width() + "x" + job.spec().height(),
                failed ? new ErrorView(state.error().message(), state.error().code()) : null,
                ((KlingJobDetails) job.details()).metadata());
    }
}
