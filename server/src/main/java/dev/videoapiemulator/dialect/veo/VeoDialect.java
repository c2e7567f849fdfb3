package dev.videoapiemulator.dialect.veo;

import dev.videoapiemulator.api.ErrorShape;
import dev.videoapiemulator.dialect.Dialect;
import dev.videoapiemulator.engine.VideoSpec;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;

/** Veo models through the OpenAI shape: OpenAI's envelope and words, ids {@code video_<uuid>}. */
@Singleton
public class VeoDialect extends Dialect {

    public VeoDialect() {
        super("veo", "/veo", "Veo models through the OpenAI shape", ErrorShape.OPENAI);
    }

    @Override
    public String newJobId(Instant createdAt, VideoSpec spec) {
        return "video_" + UUID.randomUUID();
    }
}
