package dev.videoapiemulator.scenario;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * When a scenario applies. Every criterion that is set must hold; {@code after} skips that many
 * matching requests, {@code times} then applies to at most that many, and {@code probability}
 * applies at random with the file's seed, so runs repeat.
 */
public record ScenarioMatch(
        String profile,
        String method,
        String path,
        Pattern pathRegex,
        String model,
        String promptContains,
        Pattern promptRegex,
        String key,
        Map<String, String> headers,
        String size,
        String seconds,
        Map<String, String> fields,
        Integer times,
        Integer after,
        Double probability) {

    public ScenarioMatch {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        if (times != null && times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        if (after != null && after < 0) {
            throw new IllegalArgumentException("after must not be negative");
        }
        if (probability != null && (probability < 0 || probability > 1)) {
            throw new IllegalArgumentException("probability must be between 0 and 1");
        }
    }

    static final ScenarioMatch ANY = new ScenarioMatch(null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null);

    /** True when a criterion needs the request body (model, prompt, size, seconds, fields). */
    boolean readsBody() {
        return model != null || promptContains != null || promptRegex != null || size != null || seconds != null
                || !fields.isEmpty();
    }
}
