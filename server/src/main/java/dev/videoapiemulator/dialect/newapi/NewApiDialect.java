package dev.videoapiemulator.dialect.newapi;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.dialect.Dialect;
import dev.videoapiemulator.engine.RandomIds;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.engine.VideoSpec;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * new-api's unified video tasks: {@code /v1/video/generations} in its TaskDto envelope, the same
 * tasks as OpenAI video objects at {@code /v1/videos/{id}}, its content proxy, and its three error
 * shapes (task, middleware, proxy). Task ids are new-api's public ones, {@code task_} and 32
 * characters.
 */
@Singleton
public class NewApiDialect extends Dialect {

    static final int TASK_ID_LENGTH = 32;

    public NewApiDialect() {
        super("new-api", "/new-api", "new-api's unified video tasks (/v1/video/generations, TaskDto envelope)",
                new NewApiErrorShape());
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
