package dev.videoapiemulator.dialect.openairelay;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.dialect.Dialect;
import dev.videoapiemulator.dialect.JobIdShape;
import dev.videoapiemulator.engine.JobState;
import dev.videoapiemulator.engine.JobStatus;
import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.engine.VideoSpec;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The OpenAI format as relays serve it: their envelope, their status names in messages, ids {@code video_<uuid>}. */
@Singleton
public class OpenAiRelayDialect extends Dialect {

    private static final JobIdShape IDS = new JobIdShape("video_[A-Za-z0-9-]+",
            "video_ and a UUID's letters, digits and dashes");
    private static final Map<String, JobStatus> STATUS_WORDS = OpenAiRelayRules.STATUSES.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    public OpenAiRelayDialect() {
        super("openai-relay", "/openai-relay", "The OpenAI format as relays serve it (url, quality)",
                new OpenAiRelayErrorShape(), IDS);
    }

    @Override
    public String newJobId(Instant createdAt, VideoSpec spec) {
        return "video_" + UUID.randomUUID();
    }

    @Override
    public Map<String, JobStatus> statusWords() {
        return STATUS_WORDS;
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
