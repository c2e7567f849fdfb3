package dev.videoapiemulator.client;

import java.util.List;

/**
 * An OpenAI webhook endpoint in force. {@code source} is {@code config}, {@code fixtures} or
 * {@code runtime}; {@code testId} is the test whose jobs it hears (null: every job's); {@code key},
 * when set, limits it to that API key's jobs.
 */
public record WebhookEndpoint(String id, String source, String testId, String url, String secret,
        List<String> events, String key) {
}
