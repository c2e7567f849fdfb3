package dev.videoapiemulator.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoapiemulator.config.EmulatorConfig;
import dev.videoapiemulator.engine.Clocks;
import dev.videoapiemulator.engine.RandomIds;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The sample event an endpoint's test sends ({@code POST /v1/webhook_endpoints/{id}/test}): one
 * attempt, signed as real deliveries are, with the id of an object of the event's kind in
 * {@code data}, never retried, recorded in the delivery log like every other attempt.
 */
@Singleton
public class TestEvents {

    /** The id prefix of the object each family of events reports, as the official API's ids start. */
    private static final Map<String, String> SUBJECT_PREFIXES = Map.of("video", "video_", "batch", "batch_",
            "response", "resp_", "eval", "evalrun_", "fine_tuning", "ftjob_", "realtime", "rtc_");

    @Inject
    Targets targets;
    @Inject
    Courier courier;
    @Inject
    Clocks clocks;
    @Inject
    ObjectMapper mapper;
    @Inject
    EmulatorConfig config;

    /** The receiver's status; a target that may not be posted to, or one that never answers, has none. */
    public CompletableFuture<Courier.Probe> send(KeyEndpoint endpoint, String type) {
        String refusal = targets.refusal(endpoint.url());
        if (refusal != null) {
            return CompletableFuture.completedFuture(new Courier.Probe(null, refusal));
        }
        Instant now = clocks.nowOf(endpoint.owner());
        long createdAt = now.getEpochSecond();
        String eventId = Notifier.eventId(createdAt);
        String subject = SUBJECT_PREFIXES.getOrDefault(type.substring(0, type.indexOf('.')), "obj_")
                + RandomIds.hex(24);
        String body = Notifier.json(mapper, VideoEvent.of(eventId, createdAt, type, subject));
        Notice notice = new Notice(Notifier.webhookId(createdAt), eventId, Notifier.OPENAI_KIND, type,
                endpoint.url(), body, endpoint.secretsAt(now), config.webhooks().timeout(), null, endpoint.owner(),
                null);
        return courier.probe(notice);
    }
}
