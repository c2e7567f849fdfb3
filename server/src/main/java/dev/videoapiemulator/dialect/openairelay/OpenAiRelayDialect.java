package dev.videoapiemulator.dialect.openairelay;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.dialect.Dialect;
import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.engine.VideoSpec;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;

/** The OpenAI format as relays serve it: their envelope, their status names in messages, ids {@code video_<uuid>}. */
@Singleton
public class OpenAiRelayDialect extends Dialect {

    public OpenAiRelayDialect() {
        super("openai-relay", "/openai-relay", "The OpenAI format as relays serve it (url, quality)",
                new OpenAiRelayErrorShape());
    }

    @Override
    public String newJobId(Instant createdAt, VideoSpec spec) {
        return "video_" + UUID.randomUUID();
    }

    @Override
    public ApiError notReady(VideoJob job, JobState state) {
        return ApiError.badRequest("Video '" + job.id() + "' is not completed yet, current status: "
                + OpenAiRelayRules.STATUSES.get(state.status()), null, null);
    }

    @Override
    public ApiError expired(VideoJob job) {
        return ApiError.notFound("The video is no longer available. Downloads expire after "
                + job.downloadWindow().toHours() + " hours.");
    }
}
