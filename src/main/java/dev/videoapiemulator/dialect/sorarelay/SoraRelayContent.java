package dev.videoapiemulator.dialect.sorarelay;

import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.engine.VideoJobs;
import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.http.JobDownloads;
import dev.videoapiemulator.media.MediaVariant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/**
 * Downloads as new-api's content proxy answers them: the MP4 whatever {@code variant} says (the
 * proxy ignores it), 404 "Task not found", and 400 with the task's internal status while not done.
 */
@ApplicationScoped
public class SoraRelayContent {

    private final VideoJobs jobs;
    private final JobDownloads downloads;

    public SoraRelayContent(VideoJobs jobs, JobDownloads downloads) {
        this.jobs = jobs;
        this.downloads = downloads;
    }

    Response serve(String owner, String id, String range, String ifNoneMatch) {
        VideoJob job = jobs.find(owner, id).orElseThrow(() -> ApiError.notFound("Task not found").exception());
        JobState state = jobs.stateOf(job);
        return switch (job.availability(state, jobs.now())) {
            case NOT_READY, FAILED -> throw ApiError.badRequest("Task is not completed yet, current status: "
                    + internalStatus(state), null, null).exception();
            case EXPIRED -> throw ApiError.notFound("Task content has expired: downloads are kept for "
                    + job.downloadWindow().toHours() + " hours.").exception();
            case READY -> downloads.serve(job, MediaVariant.VIDEO, range, ifNoneMatch);
        };
    }

    /** The status names new-api prints in its messages. */
    static String internalStatus(JobState state) {
        return switch (state.status()) {
            case QUEUED -> "QUEUED";
            case IN_PROGRESS -> "IN_PROGRESS";
            case COMPLETED -> "SUCCESS";
            case FAILED -> "FAILURE";
        };
    }
}
