package dev.videoapiemulator.dialect.soratask;

import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.engine.VideoJobs;
import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.http.JobDownloads;
import dev.videoapiemulator.media.MediaVariant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

/** A generation's MP4: only once its task succeeded and until its downloads expire. */
@ApplicationScoped
public class SoraTaskContent {

    private final VideoJobs jobs;
    private final JobDownloads downloads;

    public SoraTaskContent(VideoJobs jobs, JobDownloads downloads) {
        this.jobs = jobs;
        this.downloads = downloads;
    }

    /** The task's state is checked before the generation, since generation ids are only listed on success. */
    Response serve(VideoJob task, String generationId, String range, String ifNoneMatch) {
        JobState state = jobs.stateOf(task);
        return switch (task.availability(state, jobs.now())) {
            case NOT_READY -> throw ApiError.badRequest("Task is not completed yet, current status: "
                    + SoraTaskRules.STATUSES.get(state.status()).task(), null, "task_not_completed").exception();
            case FAILED -> throw ApiError.badRequest("Task failed, so it has no video: " + state.error().message(),
                    null, "task_failed").exception();
            case EXPIRED -> throw ApiError.notFound("The video is no longer available. Downloads expire "
                    + task.downloadWindow().toHours() + " hours after the task succeeds.").exception();
            case READY -> downloads.serve(task, generation(task, generationId), MediaVariant.VIDEO, range,
                    ifNoneMatch);
        };
    }

    private static String generation(VideoJob task, String generationId) {
        if (!((SoraTaskDetails) task.details()).generationIds().contains(generationId)) {
            throw ApiError.notFound("Generation '" + generationId + "' not found in task '" + task.id() + "'.")
                    .exception();
        }
        return generationId;
    }
}
