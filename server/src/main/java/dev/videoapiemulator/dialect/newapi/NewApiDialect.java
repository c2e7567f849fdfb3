package dev.videoapiemulator.dialect.newapi;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.dialect.DeclaredDetails;
import dev.videoapiemulator.dialect.Dialect;
import dev.videoapiemulator.dialect.JobIdShape;
import dev.videoapiemulator.engine.JobStatus;
import dev.videoapiemulator.engine.RandomIds;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.engine.VideoSpec;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;

/**
 * new-api's unified video tasks: {@code /v1/video/generations} in its TaskDto envelope, the same
 * tasks as OpenAI video objects at {@code /v1/videos/{id}}, its content proxy, and its three error
 * shapes (task, middleware, proxy). Task ids are new-api's public ones, {@code task_} and 32
 * characters.
 */
@Singleton
public class NewApiDialect extends Dialect {

    static final int TASK_ID_LENGTH = 32;
    private static final JobIdShape IDS = new JobIdShape("task_[A-Za-z0-9]+", "task_ and letters or digits");
    /** A declared task that does not say: Kling's default model through new-api, 16:9 standard, 5 seconds. */
    private static final VideoSpec DEFAULTS = new VideoSpec("kling-v1", 1280, 720, 5, "");
    /** The words a declared task names its status by: those of new-api's TaskDto, one per state. */
    private static final Map<String, JobStatus> STATUS_WORDS = Map.of(TaskStatus.QUEUED.name(), JobStatus.QUEUED,
            TaskStatus.IN_PROGRESS.name(), JobStatus.IN_PROGRESS, TaskStatus.SUCCESS.name(), JobStatus.COMPLETED,
            TaskStatus.FAILURE.name(), JobStatus.FAILED);

    public NewApiDialect() {
        super("new-api", "/new-api", "new-api's unified video tasks (/v1/video/generations, TaskDto envelope)",
                new NewApiErrorShape(), IDS, DEFAULTS);
    }

    @Override
    public Map<String, JobStatus> statusWords() {
        return STATUS_WORDS;
    }

    @Override
    public Object declaredDetails(DeclaredDetails declared) {
        return NewApiTaskDetails.declared(declared);
    }

    @Override
    public String newJobId(Instant createdAt, VideoSpec spec) {
        return "task_" + RandomIds.alphanumeric(TASK_ID_LENGTH);
    }

    /** Both fetch routes look tasks up by (user, public id) and answer a miss with a 400, not a 404. */
    @Override
    public ApiError unknownJob(String id) {
        return NewApiErrors.task(400, "task_not_exist", "task_not_exist");
    }

    /**
     * new-api keeps no copy of a video: its proxy fetches the upstream's, which the upstream no
     * longer serves once its own download window has passed.
     */
    @Override
    public ApiError expired(VideoJob job) {
        return NewApiErrors.proxy(502, "Upstream service returned status 404");
    }
}
