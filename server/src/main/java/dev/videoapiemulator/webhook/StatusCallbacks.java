package dev.videoapiemulator.webhook;

import dev.videoapiemulator.engine.JobTransition;
import java.util.Optional;

/**
 * A dialect whose create requests can name a URL to call back (Kling's {@code callback_url}, the
 * Sora task API's {@code notify_hook}): what it posts there, and on which status changes. Dialects
 * implement it as CDI beans; the webhook side delivers what they answer.
 */
public interface StatusCallbacks {

    /** A callback due at this change, or empty when the job asked for none or the dialect reports no such change. */
    Optional<Callback> callback(JobTransition transition, String baseUrl);

    /** A POST of {@code body} as JSON to {@code url}; {@code event} names the change in the delivery records. */
    record Callback(String url, Object body, String event) {
    }
}
