package dev.videoapiemulator.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A test profile that only sets configuration: each subclass names its keys and values, so a test
 * that needs its own application states what differs and nothing else.
 */
public abstract class ConfigOverrides implements QuarkusTestProfile {

    private final Map<String, String> overrides = new LinkedHashMap<>();

    /** @param keysAndValues a key, its value, the next key, its value... */
    protected ConfigOverrides(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        for (int i = 0; i < keysAndValues.length; i += 2) {
            overrides.put(keysAndValues[i], keysAndValues[i + 1]);
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return overrides;
    }
}
