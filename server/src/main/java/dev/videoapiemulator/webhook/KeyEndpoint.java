package dev.videoapiemulator.webhook;

import dev.videoapiemulator.engine.Owned;
import dev.videoapiemulator.scenario.WebhookEndpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A webhook endpoint an API key registered through the official API ({@code POST /v1/webhook_endpoints}),
 * within the test id of the request that made it. After a rotation that keeps the old secret, that
 * secret signs too until {@code previousUntil} on the owner's clock.
 */
public record KeyEndpoint(String id, String owner, long sequence, Instant createdAt, Instant updatedAt, String name,
        String url, List<String> eventTypes, String secret, String previousSecret, Instant previousUntil)
        implements Owned {

    /** How long a rotation that keeps the old secret lets it sign, as the official API promises. */
    public static final Duration OVERLAP = Duration.ofHours(24);

    /** Characters of the secret a hint shows; the rest is masked. */
    private static final int HINT_SHOWN = 4;

    public KeyEndpoint {
        eventTypes = List.copyOf(eventTypes);
    }

    public boolean hears(String type) {
        return eventTypes.contains(type);
    }

    /** The secrets that sign what is sent at {@code at}: the current one, and the old one during its overlap. */
    public List<String> secretsAt(Instant at) {
        return previousSecret != null && at.isBefore(previousUntil) ? List.of(secret, previousSecret) : List.of(secret);
    }

    /** The prefix and the secret's last characters, the rest masked: enough to tell secrets apart. */
    public String secretHint() {
        return WebhookEndpoint.SECRET_PREFIX + "****" + secret.substring(secret.length() - HINT_SHOWN);
    }

    KeyEndpoint changed(String newName, String newUrl, List<String> newTypes, Instant at) {
        return new KeyEndpoint(id, owner, sequence, createdAt, at, newName, newUrl, newTypes, secret, previousSecret,
                previousUntil);
    }

    KeyEndpoint rotated(String newSecret, boolean keepOld, Instant at) {
        return new KeyEndpoint(id, owner, sequence, createdAt, at, name, url, eventTypes, newSecret,
                keepOld ? secret : null, keepOld ? at.plus(OVERLAP) : null);
    }
}
