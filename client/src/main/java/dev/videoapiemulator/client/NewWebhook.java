package dev.videoapiemulator.client;

import java.util.List;
import java.util.Objects;

/**
 * An endpoint to add with {@link WebhookControl#add(NewWebhook)}. Unset, the secret is made up by
 * the emulator (and answered), the events are {@code video.completed} and {@code video.failed}, and
 * every key's jobs are heard.
 */
public record NewWebhook(String url, String secret, List<String> events, String key) {

    public NewWebhook {
        Objects.requireNonNull(url, "url");
        events = events == null ? null : List.copyOf(events);
    }

    public static NewWebhook to(String url) {
        return new NewWebhook(url, null, null, null);
    }

    /** {@code whsec_} and base64, as OpenAI issues them. */
    public NewWebhook withSecret(String secret) {
        return new NewWebhook(url, secret, events, key);
    }

    public NewWebhook withEvents(String... events) {
        return new NewWebhook(url, secret, List.of(events), key);
    }

    /** Only this API key's jobs. */
    public NewWebhook withKey(String key) {
        return new NewWebhook(url, secret, events, key);
    }
}
