package dev.videoapiemulator.dialect;

import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.http.JobDownloads;
import dev.videoapiemulator.media.MediaVariant;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * The one availability switch: a job's asset is served once it has completed and until its
 * downloads expire; before, after a failure or past expiry the dialect says why not in its words.
 */
@Singleton
public class Downloads {

    @Inject
    DialectJobs jobs;
    @Inject
    JobDownloads downloads;

    /** The caller's job of this dialect by id, then its asset. */
    public Response serve(Dialect dialect, String id, String variant, String range, String ifNoneMatch) {
        VideoJob job = jobs.find(dialect, id);
        return serve(dialect, job, job::id, MediaVariant.parameter(variant), range, ifNoneMatch);
    }

    /**
     * {@code assetId} names one of several distinct renditions of a job (a task's generations), else
     * the job's id; it is asked for only once the job's assets can be served, so that an unready job
     * is refused as such before its rendition is looked for.
     */
    public Response serve(Dialect dialect, VideoJob job, Supplier<String> assetId, MediaVariant variant,
            String range, String ifNoneMatch) {
        requireReady(dialect, job);
        return downloads.serve(job, assetId.get(), variant, range, ifNoneMatch);
    }

    /** Refuses in the dialect's words unless the job's assets can be served now. */
    private void requireReady(Dialect dialect, VideoJob job) {
        JobState state = jobs.stateOf(job);
        switch (job.availability(state, jobs.now())) {
            case NOT_READY -> throw dialect.notReady(job, state).exception();
            case FAILED -> throw dialect.failed(job, state).exception();
            case EXPIRED -> throw dialect.expired(job).exception();
            case READY -> {
                // served below
            }
        }
    }
}
