package dev.videoapiemulator.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rotation overlap's bound and the secret hint, without a server. */
class KeyEndpointTest {

    private static final Instant ROTATED = Instant.parse("2026-01-01T00:00:00Z");

    private final KeyEndpoint before = new KeyEndpoint("whe_1", "sk-a", 1, ROTATED.minusSeconds(60), null, "n",
            "http://127.0.0.1/h", List.of("video.completed"), "whsec_b2xkb2xkb2xkb2xkb2xkb2xkb2xkb2xkb2xkb2s=",
            null, null);

    @Test
    void theOldSecretSignsUntilExactly24HoursAfterTheRotation() {
        KeyEndpoint kept = before.rotated("whsec_bmV3bmV3bmV3bmV3bmV3bmV3bmV3bmV3bmV3bmU=", true, ROTATED);
        Instant end = ROTATED.plus(KeyEndpoint.OVERLAP);
        assertEquals(List.of(kept.secret(), before.secret()), kept.secretsAt(end.minusMillis(1)));
        assertEquals(List.of(kept.secret()), kept.secretsAt(end));
        assertEquals(ROTATED, kept.updatedAt());
    }

    @Test
    void withoutOverlapOnlyTheNewSecretSigns() {
        KeyEndpoint replaced = before.rotated("whsec_bmV3bmV3bmV3bmV3bmV3bmV3bmV3bmV3bmV3bmU=", false, ROTATED);
        assertEquals(List.of(replaced.secret()), replaced.secretsAt(ROTATED));
    }

    @Test
    void theHintShowsTheLastFourCharactersOnly() {
        assertEquals("whsec_****b2s=", before.secretHint());
    }
}
