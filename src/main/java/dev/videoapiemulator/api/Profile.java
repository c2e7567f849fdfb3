package dev.videoapiemulator.api;

/**
 * A dialect a client can be served in, reached at {@code /<name>/v1/...} (the official one also at
 * the bare {@code /v1}), by an API key bound to it, or as the configured default for bare paths.
 * {@code root} is where the dialect's resources are mounted ("" for the official API).
 */
public record Profile(String name, String root, String description) {

    public boolean official() {
        return root.isEmpty();
    }
}
