package dev.videoapiemulator.webhook;

import java.util.List;

/**
 * The event types an endpoint registered through the official API may subscribe to, as the official
 * SDKs list them (openai-java 4.100.0's {@code WebhookCreateParams.EventType}). Only the video events
 * ever happen in the emulator; the others can be subscribed to and sent as test events.
 */
public final class WebhookEventTypes {

    public static final List<String> ALL = List.of(
            "batch.completed", "batch.failed", "batch.expired", "batch.cancelled",
            "response.completed", "response.failed", "response.cancelled", "response.incomplete",
            "eval.run.succeeded", "eval.run.failed", "eval.run.canceled",
            "fine_tuning.job.succeeded", "fine_tuning.job.failed", "fine_tuning.job.cancelled",
            "realtime.call.incoming",
            "video.completed", "video.failed",
            "agent.environment.ready", "agent.environment.failed", "agent.environment.suspended",
            "agent.environment.expired",
            "agent.session.created", "agent.session.action_required", "agent.session.in_progress",
            "agent.session.idle", "agent.session.failed",
            "safety.alert.created");

    private WebhookEventTypes() {
    }
}
