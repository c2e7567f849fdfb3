package dev.videoapiemulator.webhook;

import java.time.Duration;
import java.util.List;

/**
 * One notification to deliver, the same on every attempt: where it goes, its body, and, for OpenAI
 * webhooks, the webhook-id and the secrets it is signed with (more than one while a rotated secret still
 * signs; none for relay callbacks, which are not signed). {@code kind} is {@code openai} or the relay dialect; {@code event} the event type or status.
 */
record Notice(String webhookId, String eventId, String kind, String event, String url, String body, List<String> secrets,
        Duration timeout, String jobId, String owner, String scenario) {

    /** Notices of one job to one URL go out one after another, so they arrive in the order they were sent. */
    String lane() {
        return jobId + ' ' + url;
    }
}
