package dev.videoapiemulator.engine;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TicksTest {

    private final Ticks ticks = new Ticks();

    @Test
    void intervalsUnderASecondAreHonoured() {
        AtomicInteger runs = new AtomicInteger();
        ticks.every("test.interval", Duration.ofMillis(20), runs::incrementAndGet);
        // five turns within 900 ms: a scheduler that rounds intervals up to a second cannot do it
        await().atMost(Duration.ofMillis(900)).until(() -> runs.get() >= 5);
        ticks.stop(null);
    }

    @Test
    void aFailingTaskRunsAgainAtItsNextTurn() {
        AtomicInteger runs = new AtomicInteger();
        ticks.every("test.failing", Duration.ofMillis(10), () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("broken on purpose");
        });
        await().atMost(Duration.ofSeconds(2)).until(() -> runs.get() >= 3);
        ticks.stop(null);
    }

    @Test
    void aSettingThatIsNotPositiveIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ticks.every("emulator.store.sweep-interval", Duration.ZERO, () -> { }));
        assertEquals("emulator.store.sweep-interval must be a positive duration, not PT0S", refused.getMessage());
        ticks.stop(null);
    }
}
