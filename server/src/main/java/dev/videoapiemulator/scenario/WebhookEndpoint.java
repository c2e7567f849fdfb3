package dev.videoapiemulator.scenario;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * A receiver of OpenAI's signed video events, as fixture files, configuration and the control API
 * declare it: where ({@code url}, http or https), the signing {@code secret} ({@code whsec_...}),
 * which {@code events} ({@code video.completed}, {@code video.failed}; both when unset), and, when
 * {@code key} is set, only that API key's jobs.
 */
public record WebhookEndpoint(String url, String secret, List<String> events, String key) {

    public static final String COMPLETED = "video.completed";
    public static final String FAILED = "video.failed";
    public static final List<String> EVENT_TYPES = List.of(COMPLETED, FAILED);
    public static final String SECRET_PREFIX = "whsec_";

    public WebhookEndpoint {
        requireHttp(url);
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("secret is required (whsec_ and base64, as OpenAI issues them)");
        }
        signingKey(secret);
        events = events == null || events.isEmpty() ? EVENT_TYPES : List.copyOf(events);
        for (String event : events) {
            if (!EVENT_TYPES.contains(event)) {
                throw new IllegalArgumentException("unknown event '" + event + "' (known: " + EVENT_TYPES + ")");
            }
        }
        if (key != null && key.isBlank()) {
            throw new IllegalArgumentException("key must not be blank");
        }
    }

    public boolean wants(String owningKey, String type) {
        return events.contains(type) && (key == null || key.equals(owningKey));
    }

    /** An http(s) URL with a host, or a refusal saying what is wrong with it. */
    public static URI requireHttp(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("url is required");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new IllegalArgumentException("url must be an http or https URL with a host, not '" + url + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("url is not a valid URL: '" + url + "'");
        }
    }

    /** The HMAC key a secret stands for; a {@code whsec_} secret whose rest is not base64 is refused. */
    public static byte[] signingKey(String secret) {
        if (!secret.startsWith(SECRET_PREFIX)) {
            return secret.getBytes(StandardCharsets.UTF_8);
        }
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
            if (key.length == 0) {
                throw new IllegalArgumentException("empty");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("secret must be whsec_ followed by base64");
        }
    }
}
