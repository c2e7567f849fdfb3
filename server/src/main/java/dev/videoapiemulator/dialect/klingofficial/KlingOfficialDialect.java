package dev.videoapiemulator.dialect.klingofficial;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.Credentials;
import dev.videoapiemulator.api.Profile;
import dev.videoapiemulator.dialect.DeclaredDetails;
import dev.videoapiemulator.dialect.Dialect;
import dev.videoapiemulator.dialect.JobIdShape;
import dev.videoapiemulator.dialect.KlingTaskStatus;
import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.JobStatus;
import dev.videoapiemulator.engine.Reporting;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.engine.VideoSpec;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Kling's own task API: callers sign HS256 tokens, answers and errors come in the
 * {code, message, request_id} envelope with Kling's numeric codes, task ids are numeric strings.
 * new-api serves the same routes under {@code /kling/v1/videos/text2video...}, where its callers
 * send the relay's API keys instead.
 */
@Singleton
public class KlingOfficialDialect extends Dialect {

    static final String NAME = "kling-official";
    static final String ROOT = "/kling-official";
    /** new-api's prefix for Kling's routes. */
    static final String RELAY_ROOT = "/kling";
    static final List<String> RELAY_PATHS = KlingOfficialRules.Action.ALL.stream()
            .map(action -> RELAY_ROOT + "/v1/videos/" + action.path()).toList();
    private static final JobIdShape IDS = new JobIdShape("[0-9]+", "digits");
    /** A declared task that does not say: Kling's default model, 16:9 in standard mode, 5 seconds. */
    private static final VideoSpec DEFAULTS = new VideoSpec(KlingOfficialRules.DEFAULT_MODEL, 1280, 720, 5, "");

    public KlingOfficialDialect() {
        super(new Profile(NAME, ROOT, "Kling's official task API: text2video and image2video tasks, HS256 JWT auth,"
                + " {code,message,request_id,data} envelope; also at /kling/v1/videos/text2video... as new-api routes"
                + " it", new KlingErrorShape(), Credentials.SIGNED_TOKEN, RELAY_PATHS), IDS, DEFAULTS);
    }

    /** Kling calls a callback_url back on every status change of the task. */
    @Override
    public Reporting reporting(Object details) {
        return details instanceof KlingTaskDetails task && task.callbackUrl() != null ? Reporting.EVERY_CHANGE
                : Reporting.END;
    }

    @Override
    public Map<String, JobStatus> statusWords() {
        return KlingTaskStatus.WORDS;
    }

    @Override
    public Object declaredDetails(DeclaredDetails declared) {
        return KlingTaskDetails.declared(declared);
    }

    /** Kling's task ids are 18-digit numeric strings. */
    @Override
    public String newJobId(Instant createdAt, VideoSpec spec) {
        return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000_000_000L, 1_000_000_000_000_000_000L));
    }

    @Override
    public ApiError unknownJob(String id) {
        return new ApiError(404, "invalid_request_error", "Task not found: '" + id + "'.", null,
                KlingErrorShape.TASK_NOT_FOUND);
    }

    @Override
    public ApiError notReady(VideoJob job, JobState state) {
        return ApiError.badRequest("Task '" + job.id() + "' has no video yet: its status is '"
                + KlingTaskStatus.of(state.status()) + "'.", null, KlingErrorShape.INVALID_VALUE);
    }

    @Override
    public ApiError failed(VideoJob job, JobState state) {
        return ApiError.badRequest("Task '" + job.id() + "' failed, so it has no video: " + state.error().message(),
                null, KlingErrorShape.INVALID_VALUE);
    }

    /** Kling deletes generated videos after 30 days; the emulator after the download window. */
    @Override
    public ApiError expired(VideoJob job) {
        return new ApiError(404, "invalid_request_error", "The video of task '" + job.id() + "' has been deleted.",
                null, KlingErrorShape.TASK_NOT_FOUND);
    }
}
