package dev.videoapiemulator.profile;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shortcut that skips parsing a request target must never pass one that does not parse. */
class PlainTargetTest {

    private static final String ALPHABET = "aZ09/?#%[]:@&=+$,;-_.!~*'() \"<>\\^`{|}\u00e9\t";

    @Test
    void everyTargetItPassesParses() {
        Random random = new Random(Long.getLong("hostile.seed", 20261201L));
        int passed = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder target = new StringBuilder(random.nextInt(4) == 0 ? "" : "/");
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                target.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String uri = target.toString();
            if (RouterErrors.plainTarget(uri)) {
                passed++;
                assertDoesNotThrow(() -> new URI(uri), uri);
            }
        }
        assertTrue(passed > 100, "the generator reaches the shortcut: " + passed);
    }

    @Test
    void theRequestsClientsSendTakeTheShortcut() {
        assertTrue(RouterErrors.plainTarget("/v1/videos"));
        assertTrue(RouterErrors.plainTarget("/v1/videos?limit=20&after=video_1&order=desc"));
        assertTrue(RouterErrors.plainTarget("/sora/v1/videos/task_01:x@y"));
    }

    @Test
    void escapesAndOtherCharactersGoThroughTheParser() {
        assertFalse(RouterErrors.plainTarget("/v1/videos?prompt=a%20b"));
        assertFalse(RouterErrors.plainTarget("//host/v1"));
        assertFalse(RouterErrors.plainTarget("/v1/a b"));
        assertFalse(RouterErrors.plainTarget("*"));
        assertNull(RouterErrors.malformedUri("/v1/videos?prompt=a%20b"));
        assertTrue(RouterErrors.malformedUri("/v1/%zz") != null);
    }
}
