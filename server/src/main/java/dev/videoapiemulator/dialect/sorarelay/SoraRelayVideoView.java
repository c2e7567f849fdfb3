package dev.videoapiemulator.dialect.sorarelay;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.videoapiemulator.dialect.JobFacts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The relay's video object: times in milliseconds, unset fields left out rather than null, and once
 * completed the download address as both {@code video_url} and {@code url}, and the character made.
 */
@Schema(name = "SoraRelayVideo")
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "object", "model", "status", "progress", "created_at", "seconds", "size", "completed_at",
        "expires_at", "remixed_from_video_id", "video_url", "url", "error", "metadata", "character"})
public record SoraRelayVideoView(
        String id,
        @Schema(enumeration = "video") String object,
        String model,
        @Schema(enumeration = {"queued", "in_progress", "completed", "failed"}) String status,
        int progress,
        @JsonProperty("created_at") long createdAt,
        String seconds,
        String size,
        @JsonProperty("completed_at") Long completedAt,
        @JsonProperty("expires_at") Long expiresAt,
        @JsonProperty("remixed_from_video_id") String remixedFromVideoId,
        @JsonProperty("video_url") String videoUrl,
        String url,
        ErrorView error,
        JsonNode metadata,
        RelayCharacterView character) {

    @Schema(name = "SoraRelayVideoError")
    public record ErrorView(String code, String message) {
    }

    /** @param contentUrl where the completed video is downloaded */
    static SoraRelayVideoView of(JobFacts job, SoraRelayJobDetails details, String contentUrl) {
        boolean completed = job.completed();
        return new SoraRelayVideoView(job.id(), "video", job.model(), job.statusName(), job.progress(),
                job.job().createdAt().toEpochMilli(), job.seconds(), job.size(),
                JobFacts.millis(job.state().completedAt()), JobFacts.millis(job.expiresAt()), job.remixedFrom(),
                completed ? contentUrl : null,
                completed ? contentUrl : null,
                job.error() == null ? null : new ErrorView(job.error().code(), job.error().message()),
                details.metadata(),
                completed && details.character() != null ? RelayCharacterView.of(details.character()) : null);
    }
}
