package dev.videoapiemulator.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;

/**
 * One delivery attempt of a webhook or relay callback, or a notification never sent
 * ({@code attempt} 0, {@code outcome} {@code dropped}). {@code time} is when it began, on the
 * emulator's clock; {@code status} and {@code latency} are null when no answer came;
 * {@code outcome} is {@code delivered}, {@code retrying}, {@code failed} or {@code dropped}.
 */
public record Delivery(long id, String webhookId, String eventId, String kind, String event, String url,
        String jobId, String key, String testId, String scenario, int attempt, Instant time, Integer status,
        @JsonProperty("latency_ms") Duration latency, String error, String outcome, Instant nextAttemptAt) {
}
