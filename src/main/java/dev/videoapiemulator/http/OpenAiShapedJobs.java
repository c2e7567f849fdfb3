package dev.videoapiemulator.http;

import dev.videoapiemulator.api.ApiError;

import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.engine.VideoJobs;
import dev.videoapiemulator.media.MediaVariant;
import dev.videoapiemulator.api.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * Polling and downloading for the relay dialects that copy the OpenAI shape: the caller's job by
 * id, and its content once completed, refused in OpenAI's words while it is not.
 */
@ApplicationScoped
public class OpenAiShapedJobs {

    private static final List<String> VARIANTS = List.of("video", "thumbnail", "spritesheet");

    /** The real API's words, whatever download window a scenario set. */
    static final String EXPIRED = "The video is no longer available. Downloads expire after 1 hours.";

    private final VideoJobs jobs;
    private final JobDownloads downloads;

    public OpenAiShapedJobs(VideoJobs jobs, JobDownloads downloads) {
        this.jobs = jobs;
        this.downloads = downloads;
    }

    public VideoJob find(String owner, String id) {
        return jobs.find(owner, id).orElseThrow(() -> notFound(id).exception());
    }

    /** An id the caller has no video under: another key's videos answer this too, as if absent. */
    public static ApiError notFound(String id) {
        return ApiError.notFound("Video with id '" + id + "' not found.");
    }

    public Response content(String owner, String id, String variantName, String range, String ifNoneMatch) {
        VideoJob job = find(owner, id);
        MediaVariant variant = variantName == null || variantName.isEmpty() ? MediaVariant.VIDEO
                : MediaVariant.fromQuery(variantName)
                        .orElseThrow(() -> FieldErrors.notOneOf("variant", variantName, VARIANTS).exception());
        JobState state = jobs.stateOf(job);
        return switch (job.availability(state, jobs.now())) {
            case FAILED -> throw ApiError.badRequest("Video '" + id + "' failed to generate, so it has no content to"
                    + " download.", null, null).exception();
            case NOT_READY -> throw ApiError.badRequest("Video '" + id + "' is not ready yet: its status is '"
                    + state.status().name().toLowerCase(Locale.ROOT) + "'. Download it once it is 'completed'.", null,
                    null).exception();
            case EXPIRED -> throw ApiError.notFound(EXPIRED).exception();
            case READY -> downloads.serve(job, variant, range, ifNoneMatch);
        };
    }
}
