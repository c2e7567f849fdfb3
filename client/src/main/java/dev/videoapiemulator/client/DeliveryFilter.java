package dev.videoapiemulator.client;

import java.time.Instant;

/** Which delivery records {@link WebhookControl#deliveries(DeliveryFilter)} answers. */
public final class DeliveryFilter extends Criteria<DeliveryFilter> {

    private static final DeliveryFilter ANY = new DeliveryFilter(Params.none());

    private DeliveryFilter(Params params) {
        super(params);
    }

    public static DeliveryFilter any() {
        return ANY;
    }

    /** The message id: the {@code webhook-id} header, the same on every attempt. */
    public DeliveryFilter webhookId(String webhookId) {
        return with("webhook_id", webhookId);
    }

    public DeliveryFilter eventId(String eventId) {
        return with("event_id", eventId);
    }

    public DeliveryFilter jobId(String jobId) {
        return with("job_id", jobId);
    }

    /** {@code openai}, or the relay dialect ({@code kling}, {@code sora}). */
    public DeliveryFilter kind(String kind) {
        return with("kind", kind);
    }

    /** The event type ({@code video.completed}) or the status a relay callback reports. */
    public DeliveryFilter event(String event) {
        return with("event", event);
    }

    public DeliveryFilter url(String url) {
        return with("url", url);
    }

    public DeliveryFilter key(String key) {
        return with("key", key);
    }

    /** {@code delivered}, {@code retrying}, {@code failed} or {@code dropped}. */
    public DeliveryFilter outcome(String outcome) {
        return with("outcome", outcome);
    }

    /** Attempts begun at or after {@code since} on the emulator's clock. */
    public DeliveryFilter since(Instant since) {
        return with("since", since.toEpochMilli());
    }

    /** 1 to 10000; the emulator's default is 100. */
    public DeliveryFilter limit(int limit) {
        return with("limit", limit);
    }

    @Override
    DeliveryFilter copy(Params params) {
        return new DeliveryFilter(params);
    }
}
