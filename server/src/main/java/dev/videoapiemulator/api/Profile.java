package dev.videoapiemulator.api;

/**
 * A dialect as clients reach it: at {@code /<name>/v1/...} (the official one also at the bare
 * {@code /v1}), by an API key bound to it, or as the configured default for bare paths.
 * {@code root} is where the dialect's resources are mounted ("" for the official API), and
 * {@code errors} is how every error it answers is worded, from whichever layer.
 */
public record Profile(String name, String root, String description, ErrorShape errors) {

    /** The official OpenAI API's profile name. */
    public static final String OFFICIAL = "openai";

    public boolean official() {
        return root.isEmpty();
    }
}
