package dev.videoapiemulator.api;

import java.util.List;

/**
 * A dialect as clients reach it: at {@code /<name>/v1/...} (the official one also at the bare
 * {@code /v1}), by an API key bound to it, or as the configured default for bare paths.
 * {@code root} is where the dialect's resources are mounted ("" for the official API), and
 * {@code errors} is how every error it answers is worded, from whichever layer. {@code credentials}
 * is what its callers prove themselves with. {@code hostedAt} are paths under another profile's
 * prefix that this profile serves, as a relay routes them ({@code /kling/v1/videos/text2video});
 * there callers send that relay's API keys.
 */
public record Profile(String name, String root, String description, ErrorShape errors, Credentials credentials,
        List<String> hostedAt) {

    /** The official OpenAI API's profile name. */
    public static final String OFFICIAL = "openai";

    public Profile {
        hostedAt = List.copyOf(hostedAt);
    }

    /** A profile of API keys, served under its own prefix only. */
    public Profile(String name, String root, String description, ErrorShape errors) {
        this(name, root, description, errors, Credentials.API_KEY, List.of());
    }

    public boolean official() {
        return root.isEmpty();
    }
}
