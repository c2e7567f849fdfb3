package dev.videoapiemulator.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One delivery attempt, or a notification that was never sent ({@code attempt} 0, outcome
 * {@code dropped}, {@code error} saying why). {@code time} is when the attempt began on the emulator's
 * clock (epoch ms); {@code status} is null when no answer came, and {@code latency_ms} is how long the
 * answer or the failure took.
 */
@JsonPropertyOrder({"id", "webhook_id", "event_id", "kind", "event", "url", "job_id", "key", "test_id", "scenario",
        "attempt", "time", "status", "latency_ms", "error", "outcome", "next_attempt_at"})
public record DeliveryRecord(
        long id,
        @JsonProperty("webhook_id") String webhookId,
        @JsonProperty("event_id") String eventId,
        String kind,
        String event,
        String url,
        @JsonProperty("job_id") String jobId,
        String key,
        @JsonProperty("test_id") String testId,
        String scenario,
        int attempt,
        long time,
        Integer status,
        @JsonProperty("latency_ms") Long latencyMs,
        String error,
        String outcome,
        @JsonProperty("next_attempt_at") Long nextAttemptAt) {

    public static final String DELIVERED = "delivered";
    public static final String RETRYING = "retrying";
    public static final String FAILED = "failed";
    public static final String DROPPED = "dropped";
}
