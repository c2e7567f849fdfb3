package dev.videoapiemulator.dialect.veo;

import dev.videoapiemulator.api.ErrorShape;
import dev.videoapiemulator.dialect.DeclaredDetails;
import dev.videoapiemulator.dialect.Dialect;
import dev.videoapiemulator.dialect.JobIdShape;
import dev.videoapiemulator.engine.VideoSpec;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;

/** Veo models through the OpenAI shape: OpenAI's envelope and words, ids {@code video_<uuid>}. */
@Singleton
public class VeoDialect extends Dialect {

    private static final JobIdShape IDS = new JobIdShape("video_[A-Za-z0-9-]+",
            "video_ and a UUID's letters, digits and dashes");
    private static final VideoSpec DEFAULTS = new VideoSpec(VeoRules.MODELS.get(0).name(), 1280, 720, 8, "");

    public VeoDialect() {
        super("veo", "/veo", "Veo models through the OpenAI shape", ErrorShape.OPENAI, IDS, DEFAULTS);
    }

    @Override
    public String newJobId(Instant createdAt, VideoSpec spec) {
        return "video_" + UUID.randomUUID();
    }

    @Override
    public Object declaredDetails(DeclaredDetails declared) {
        return VeoJobDetails.declared(declared);
    }
}
