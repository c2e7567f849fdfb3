package dev.videoapiemulator.scenario;

import java.time.Duration;

/**
 * What a scenario does to its jobs' notifications (OpenAI webhooks and relay callbacks), so that
 * clients can test their handlers: send each one {@code delay} later on the emulator's clock;
 * {@code drop} it; send it twice ({@code duplicate}, same webhook-id); send a job's notifications
 * newest first ({@code out_of_order}); sign it with another secret ({@code wrong_secret}); or give
 * up on a receiver after {@code timeout} instead of the configured delivery timeout.
 */
public record WebhookAnswer(Duration delay, Boolean drop, Boolean duplicate, Boolean outOfOrder, Boolean wrongSecret,
        Duration timeout) {

    public WebhookAnswer {
        if (delay != null && delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative");
        }
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    public boolean drops() {
        return Boolean.TRUE.equals(drop);
    }

    public boolean duplicates() {
        return Boolean.TRUE.equals(duplicate);
    }

    public boolean reorders() {
        return Boolean.TRUE.equals(outOfOrder);
    }

    public boolean signsWrongly() {
        return Boolean.TRUE.equals(wrongSecret);
    }
}
