package dev.videoapiemulator.dialect.sorarelay;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.ErrorShape;
import dev.videoapiemulator.dialect.DeclaredDetails;
import dev.videoapiemulator.dialect.Dialect;
import dev.videoapiemulator.dialect.JobIdShape;
import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.RandomIds;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.engine.VideoSpec;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * Sora 2 as relays built on new-api sell it: OpenAI's envelope with new-api's words, task ids
 * {@code <model>:task_<ulid>}, and its content proxy's answers for downloads.
 */
@Singleton
public class SoraRelayDialect extends Dialect {

    private static final JobIdShape IDS = new JobIdShape("[A-Za-z0-9._-]+:task_[A-Za-z0-9]+",
            "the model, then :task_ and letters or digits");
    private static final VideoSpec DEFAULTS = new VideoSpec("sora-2", 720, 1280,
            Integer.parseInt(SoraRelayRules.DEFAULT_SECONDS), "");

    public SoraRelayDialect() {
        super("sora-relay", "/sora-relay", "Sora relay, multipart: storyboards, characters, watermark",
                ErrorShape.OPENAI, IDS, DEFAULTS);
    }

    @Override
    public String newJobId(Instant createdAt, VideoSpec spec) {
        return spec.model() + ":task_" + RandomIds.ulid(createdAt.toEpochMilli());
    }

    @Override
    public Object declaredDetails(DeclaredDetails declared) {
        return SoraRelayJobDetails.declared(declared);
    }

    /** new-api's answer for a task id it does not know, in the message it uses. */
    @Override
    public ApiError unknownJob(String id) {
        return ApiError.badRequest("task_not_exist", null, "task_not_exist");
    }

    /** The content proxy's own answer for an unknown task. */
    ApiError unknownContent() {
        return ApiError.notFound("Task not found");
    }

    @Override
    public ApiError notReady(VideoJob job, JobState state) {
        return ApiError.badRequest("Task is not completed yet, current status: " + internalStatus(state), null, null);
    }

    @Override
    public ApiError failed(VideoJob job, JobState state) {
        return notReady(job, state);
    }

    @Override
    public ApiError expired(VideoJob job) {
        return ApiError.notFound("Task content has expired: downloads are kept for "
                + job.downloadWindow().toHours() + " hours.");
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
