package dev.videoapiemulator.dialect.openairelay;

import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.engine.VideoJobs;
import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.http.JobDownloads;
import dev.videoapiemulator.media.MediaVariant;
import dev.videoapiemulator.api.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/** Streams a completed video's assets; before completion, after failure or past expiry, says why not. */
@ApplicationScoped
public class OpenAiRelayContent {

    private final VideoJobs jobs;
    private final JobDownloads downloads;

    public OpenAiRelayContent(VideoJobs jobs, JobDownloads downloads) {
        this.jobs = jobs;
        this.downloads = downloads;
    }

    Response serve(VideoJob job, String variantName, String range, String ifNoneMatch) {
        MediaVariant variant = variantName == null || variantName.isEmpty() ? MediaVariant.VIDEO
                : MediaVariant.fromQuery(variantName).filter(v -> OpenAiRelayRules.VARIANTS.contains(variantName))
                        .orElseThrow(() -> FieldErrors.notOneOf("variant", variantName, OpenAiRelayRules.VARIANTS)
                                .exception());
        JobState state = jobs.stateOf(job);
        return switch (job.availability(state, jobs.now())) {
            case NOT_READY -> throw ApiError.badRequest("Video '" + job.id() + "' is not completed yet, current"
                    + " status: " + OpenAiRelayRules.STATUSES.get(state.status()), null, null).exception();
            case FAILED -> throw ApiError.badRequest("Video '" + job.id() + "' failed to generate, so it has no"
                    + " content to download.", null, null).exception();
            case EXPIRED -> throw ApiError.notFound("The video is no longer available. Downloads expire after "
                    + job.downloadWindow().toHours() + " hours.").exception();
            case READY -> downloads.serve(job, variant, range, ifNoneMatch);
        };
    }
}
