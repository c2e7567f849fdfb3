package dev.videoapiemulator.dialect.kling;

import dev.videoapiemulator.api.ErrorShape;
import dev.videoapiemulator.dialect.Dialect;
import dev.videoapiemulator.engine.RandomIds;
import dev.videoapiemulator.engine.Reporting;
import dev.videoapiemulator.engine.VideoSpec;
import jakarta.inject.Singleton;
import java.time.Instant;

/** Kling-style models through the OpenAI shape: OpenAI's envelope and words, new-api's task ids. */
@Singleton
public class KlingDialect extends Dialect {

    public KlingDialect() {
        super("kling", "/kling", "Kling-style models through the OpenAI shape", ErrorShape.OPENAI);
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
}
