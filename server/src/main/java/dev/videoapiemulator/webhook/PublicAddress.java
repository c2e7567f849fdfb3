package dev.videoapiemulator.webhook;

import dev.videoapiemulator.config.EmulatorConfig;
import jakarta.inject.Singleton;

/**
 * The emulator's address as receivers reach it, for URLs inside callbacks: the configured
 * {@code emulator.webhooks.public-url}, else the address clients last called it at, which in tests and
 * containers is the one that works from outside.
 */
@Singleton
public class PublicAddress {

    private record Seen(String hostHeader, String baseUrl) {
    }

    private final String configured;
    private volatile Seen seen;

    public PublicAddress(EmulatorConfig config) {
        this.configured = config.webhooks().publicUrl().map(url -> url.replaceAll("/+$", "")).orElse(null);
        this.seen = new Seen(null, "http://localhost:" + config.port());
    }

    String baseUrl() {
        return configured != null ? configured : seen.baseUrl();
    }

    /** Writes only when the address changes, so the hot path reads and compares. */
    void called(String hostHeader, boolean tls) {
        if (configured == null && hostHeader != null && !hostHeader.equals(seen.hostHeader())) {
            seen = new Seen(hostHeader, (tls ? "https://" : "http://") + hostHeader);
        }
    }
}
