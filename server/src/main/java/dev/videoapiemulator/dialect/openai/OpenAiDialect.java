package dev.videoapiemulator.dialect.openai;

import dev.videoapiemulator.api.ErrorShape;
import dev.videoapiemulator.api.Profile;
import dev.videoapiemulator.dialect.Dialect;
import dev.videoapiemulator.dialect.JobIdShape;
import dev.videoapiemulator.engine.RandomIds;
import dev.videoapiemulator.engine.VideoSpec;
import jakarta.inject.Singleton;
import java.time.Instant;

/** The official OpenAI Videos API: served at the bare /v1, ids {@code video_} + 48 hex that start with the time. */
@Singleton
public class OpenAiDialect extends Dialect {

    private static final JobIdShape IDS = new JobIdShape("video_[A-Za-z0-9]+", "video_ and letters or digits");

    public OpenAiDialect() {
        super(Profile.OFFICIAL, "", "The official OpenAI Videos API (Sora 2)", ErrorShape.OPENAI, IDS);
    }

    @Override
    public String newJobId(Instant createdAt, VideoSpec spec) {
        return "video_" + RandomIds.timePrefixed(createdAt.getEpochSecond(), 40);
    }

}
