package dev.videoapiemulator.dialect.openai;

import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.JobStatus;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.engine.VideoJobs;
import dev.videoapiemulator.http.ApiError;
import dev.videoapiemulator.http.MediaResponses;
import dev.videoapiemulator.media.MediaLibrary;
import dev.videoapiemulator.media.MediaSubject;
import dev.videoapiemulator.media.MediaVariant;
import dev.videoapiemulator.request.FieldErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** Downloads of a job's assets: only while the job is completed and its downloads have not expired. */
@ApplicationScoped
public class OpenAiContent {

    private static final List<String> VARIANTS = List.of("video", "thumbnail", "spritesheet");

    private final VideoJobs jobs;
    private final MediaLibrary media;
    private final MediaResponses responses;

    public OpenAiContent(VideoJobs jobs, MediaLibrary media, MediaResponses responses) {
        this.jobs = jobs;
        this.media = media;
        this.responses = responses;
    }

    Response serve(VideoJob job, String variantName, String range, String ifNoneMatch) {
        MediaVariant variant = variantName == null || variantName.isEmpty() ? MediaVariant.VIDEO
                : MediaVariant.fromQuery(variantName)
                        .orElseThrow(() -> FieldErrors.notOneOf("variant", variantName, VARIANTS).exception());
        JobState state = jobs.stateOf(job);
        if (state.status() == JobStatus.FAILED) {
            throw ApiError.badRequest("Video '" + job.id() + "' failed to generate, so it has no content to"
                    + " download.", null, null).exception();
        }
        if (state.status() != JobStatus.COMPLETED) {
            throw ApiError.badRequest("Video '" + job.id() + "' is not ready yet: its status is '"
                    + state.status().name().toLowerCase(Locale.ROOT) + "'. Download it once it is 'completed'.", null,
                    null).exception();
        }
        if (!jobs.now().isBefore(job.expiresAt(state))) {
            throw ApiError.notFound("The video is no longer available. Downloads expire after "
                    + job.downloadWindow().toHours() + " hours.").exception();
        }
        var spec = job.spec();
        MediaSubject subject = new MediaSubject(job.id(), spec.width(), spec.height(), spec.seconds(), spec.prompt());
        return responses.serve(media.asset(subject, variant), job.id() + "." + variant.fileExtension(), range,
                ifNoneMatch);
    }
}
