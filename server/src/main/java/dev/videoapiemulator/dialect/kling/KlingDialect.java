package dev.videoapiemulator.dialect.kling;

import dev.videoapiemulator.api.ErrorShape;
import dev.videoapiemulator.dialect.DeclaredDetails;
import dev.videoapiemulator.dialect.Dialect;
import dev.videoapiemulator.dialect.JobIdShape;
import dev.videoapiemulator.engine.RandomIds;
import dev.videoapiemulator.engine.Reporting;
import dev.videoapiemulator.engine.VideoSpec;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Set;

/** Kling-style models through the OpenAI shape: OpenAI's envelope and words, new-api's task ids. */
@Singleton
public class KlingDialect extends Dialect {

    private static final JobIdShape IDS = new JobIdShape("task_[A-Za-z0-9]+", "task_ and letters or digits");
    private static final VideoSpec DEFAULTS = new VideoSpec(KlingRules.DEFAULT_MODEL, 1280, 720, 5, "");

    public KlingDialect() {
        super("kling", "/kling", "Kling-style models through the OpenAI shape", ErrorShape.OPENAI, IDS,
                DEFAULTS);
    }

    /** Kling calls a callback_url back on every status change of the task. */
    @Override
    public Reporting reporting(Object details) {
        return details instanceof KlingJobDetails kling && KlingCallbacks.callbackUrl(kling).isPresent()
                ? Reporting.EVERY_CHANGE : Reporting.END;
    }

    /** new-api's public task ids: task_ and 32 characters. */
    @Override
    public String newJobId(Instant createdAt, VideoSpec spec) {
        return "task_" + RandomIds.hex(32);
    }

    /** {@code details.metadata}: the object a created task echoes from its request. */
    @Override
    public Object declaredDetails(DeclaredDetails declared) {
        declared.allowOnly(Set.of(KlingMetadata.PARAM));
        return new KlingJobDetails(declared.object(KlingMetadata.PARAM).orElse(null));
    }
}
