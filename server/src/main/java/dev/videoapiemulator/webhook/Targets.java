package dev.videoapiemulator.webhook;

import dev.videoapiemulator.scenario.WebhookEndpoint;
import dev.videoapiemulator.config.EmulatorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where deliveries may go: http and https URLs only, and, when {@code emulator.webhooks.allowed-hosts}
 * lists hosts, only those, so a shared emulator cannot be made to post anywhere its users name.
 */
@ApplicationScoped
public class Targets {

    private final Set<String> allowedHosts;

    public Targets(EmulatorConfig config) {
        this.allowedHosts = config.webhooks().allowedHosts()
                .map(hosts -> hosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    /** Why a delivery to {@code url} is refused, or null when it may go. */
    String refusal(String url) {
        URI uri;
        try {
            uri = WebhookEndpoint.requireHttp(url);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (!allowedHosts.isEmpty() && !allowedHosts.contains(host)) {
            return "host '" + host + "' is not in emulator.webhooks.allowed-hosts";
        }
        return null;
    }
}
