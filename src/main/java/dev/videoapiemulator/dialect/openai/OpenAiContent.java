package dev.videoapiemulator.dialect.openai;

import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.engine.VideoJobs;
import dev.videoapiemulator.http.ApiError;
import dev.videoapiemulator.http.JobDownloads;
import dev.videoapiemulator.media.MediaVariant;
import dev.videoapiemulator.request.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** Downloads of a job's assets: only while the job is completed and its downloads have not expired. */
@ApplicationScoped
public class OpenAiContent {

    /** The real API's words, whatever window a scenario set. */
    static final String EXPIRED = "The video is no longer available. Downloads expire after 1 hours.";

    private static final List<String> VARIANTS = List.of("video", "thumbnail", "spritesheet");

    private final VideoJobs jobs;
    private final JobDownloads downloads;

    public OpenAiContent(VideoJobs jobs, JobDownloads downloads) {
        this.jobs = jobs;
        this.downloads = downloads;
    }

    Response serve(VideoJob job, String variantName, String range, String ifNoneMatch) {
        MediaVariant variant = variantName == null || variantName.isEmpty() ? MediaVariant.VIDEO
                : MediaVariant.fromQuery(variantName)
                        .orElseThrow(() -> FieldErrors.notOneOf("variant", variantName, VARIANTS).exception());
        JobState state = jobs.stateOf(job);
        return switch (job.availability(state, jobs.now())) {
            case FAILED -> throw ApiError.badRequest("Video '" + job.id() + "' failed to generate, so it has no"
                    + " content to download.", null, null).exception();
            case NOT_READY -> throw ApiError.badRequest("Video '" + job.id() + "' is not ready yet: its status is '"
                    + state.status().name().toLowerCase(Locale.ROOT) + "'. Download it once it is 'completed'.", null,
                    null).exception();
            case EXPIRED -> throw ApiError.notFound(EXPIRED).exception();
            case READY -> downloads.serve(job, variant, range, ifNoneMatch);
        };
    }
}
