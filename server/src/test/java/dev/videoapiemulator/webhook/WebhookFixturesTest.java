package dev.videoapiemulator.webhook;

import dev.videoapiemulator.scenario.WebhookEndpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.scenario.FixtureException;
import dev.videoapiemulator.scenario.FixtureFile;
import dev.videoapiemulator.scenario.FixtureLoader;
import dev.videoapiemulator.scenario.WebhookAnswer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Webhook endpoints and a scenario's webhook section in fixture files. */
class WebhookFixturesTest {

    private final FixtureLoader loader = new FixtureLoader();

    @Test
    void endpointsAndFaultsAreRead() throws FixtureException {
        FixtureFile file = loader.parse("hooks.yaml", """
                webhooks:
                  - url: http://localhost:9000/hooks
                    secret: whsec_c2VjcmV0
                    events: [video.failed]
                    key: sk-ci
                scenarios:
                  - name: flaky-hooks
                    webhook: {delay: 2s, duplicate: true, out_of_order: true, wrong_secret: true, timeout: 500ms}
                """);
        assertEquals(List.of(new WebhookEndpoint("http://localhost:9000/hooks", "whsec_c2VjcmV0",
                List.of("video.failed"), "sk-ci")), file.webhooks());
        assertEquals(new WebhookAnswer(Duration.ofSeconds(2), null, true, true, true, Duration.ofMillis(500)),
                file.scenarios().get(0).webhook());
    }

    @Test
    void aNonHttpTargetIsRefusedWithItsLine() {
        FixtureException e = assertThrows(FixtureException.class, () -> loader.parse("hooks.yaml", """
                webhooks:
                  - url: file:///etc/passwd
                    secret: whsec_c2VjcmV0
                """));
        assertTrue(e.getMessage().matches("hooks.yaml:\\d+: field webhooks\\[0\\]: .*"), e.getMessage());
        assertTrue(e.getMessage().contains("http or https"), e.getMessage());
    }
}
