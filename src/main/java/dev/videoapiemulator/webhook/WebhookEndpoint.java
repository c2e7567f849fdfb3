package dev.videoapiemulator.webhook;

import java.util.List;

/**
 * A receiver of OpenAI's signed video events, as fixture files, configuration and the control API
 * declare it: where ({@code url}, http or https), the signing {@code secret} ({@code whsec_...}),
 * which {@code events} ({@code video.completed}, {@code video.failed}; both when unset), and, when
 * {@code key} is set, only that API key's jobs.
 */
public record WebhookEndpoint(String url, String secret, List<String> events, String key) {

    public WebhookEndpoint {
        Targets.requireHttp(url);
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("secret is required (whsec_ and base64, as OpenAI issues them)");
        }
        WebhookSignature.keyOf(secret);
        events = events == null || events.isEmpty() ? VideoEvent.TYPES : List.copyOf(events);
        for (String event : events) {
            if (!VideoEvent.TYPES.contains(event)) {
                throw new IllegalArgumentException("unknown event '" + event + "' (known: " + VideoEvent.TYPES + ")");
            }
        }
        if (key != null && key.isBlank()) {
            throw new IllegalArgumentException("key must not be blank");
        }
    }

    boolean wants(String owningKey, String type) {
        return events.contains(type) && (key == null || key.equals(owningKey));
    }
}
