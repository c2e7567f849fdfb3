package dev.videoapiemulator.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The project's fixtures/ directory, which the emulator loads by default, loads without error and binds
 * the demo keys README names. The @QuarkusTest classes use src/test/resources/fixtures-test instead.
 */
class ShippedFixturesTest {

    @Test
    void theDemoKeysLoadBoundToTheirProfiles() throws FixtureException {
        FixtureSet set = new FixtureLoader().load(Path.of("..", "fixtures"));
        Map<String, String> profiles = new TreeMap<>();
        for (ApiKeyFixture key : set.keys().values()) {
            profiles.put(key.key(), key.profile());
        }
        assertEquals(Map.of("sk-emulator-pro", "openai", "sk-sora-relay-demo", "sora-relay", "sk-sora-demo", "sora",
                "sk-veo-demo", "veo", "sk-kling-demo", "kling", "sk-openai-relay-demo", "openai-relay",
                "ak-kling-demo", "kling-official",
                "sk-new-api-demo", "new-api"), profiles);
    }

    /** The demo access key of docs/dialects/kling-official.md signs its tokens with the documented secret. */
    @Test
    void theKlingDemoAccessKeyHasItsSecret() throws FixtureException {
        FixtureSet set = new FixtureLoader().load(Path.of("..", "fixtures"));
        assertEquals("kling-demo-secret", set.keys().get("ak-kling-demo").secret());
    }
}
