package dev.videoapiemulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The global clock and the test ids' own, with no framework around them. */
class ClocksTest {

    private final EmulatorClock global = new EmulatorClock();

    private static void assertNearWall(Instant read) {
        assertTrue(Duration.between(Instant.now(), read).abs().toSeconds() < 5, read::toString);
    }

    @Test
    void aTestWithoutAClockOfItsOwnReadsTheWallClockWhateverTheGlobalOneSays() {
        Clocks clocks = new Clocks(global, 10, Duration.ofHours(1));
        global.advance(Duration.ofHours(3));
        assertNearWall(clocks.now("fresh"));
        assertFalse(clocks.hasOwn("fresh"));
        assertTrue(clocks.now(null).isAfter(Instant.now().plus(Duration.ofHours(2))));
    }

    @Test
    void eachTestMovesOnlyItsOwnClock() {
        Clocks clocks = new Clocks(global, 10, Duration.ofHours(1));
        clocks.of("a").freeze();
        clocks.of("b").freeze();
        Instant b = clocks.now("b");
        clocks.of("a").advance(Duration.ofMinutes(5));
        assertEquals(b, clocks.now("b"));
        assertTrue(clocks.now("a").isAfter(b.plus(Duration.ofMinutes(4))));
        assertEquals(Duration.ZERO, global.offset());
        assertEquals(clocks.now("a"), clocks.nowOf("sk-key\u0000a"));
    }

    @Test
    void advancingAnyClockTellsTheListeners() {
        Clocks clocks = new Clocks(global, 10, Duration.ofHours(1));
        AtomicInteger heard = new AtomicInteger();
        clocks.onAdvance(heard::incrementAndGet);
        clocks.of("a").advance(Duration.ofSeconds(1));
        global.advance(Duration.ofSeconds(1));
        assertEquals(2, heard.get());
    }

    @Test
    void pastTheCapTheLeastRecentlyUsedClockGoes() {
        Clocks clocks = new Clocks(global, 2, Duration.ofHours(1));
        clocks.of("a").advance(Duration.ofHours(1));
        clocks.of("b").advance(Duration.ofHours(1));
        clocks.of("a");
        clocks.of("c").advance(Duration.ofHours(1));
        assertEquals(Set.of("a", "c"), clocks.testIds());
        assertNearWall(clocks.now("b"));
    }

    @Test
    void anIdleClockGoes() throws InterruptedException {
        Clocks clocks = new Clocks(global, 10, Duration.ofMillis(20));
        clocks.of("a").advance(Duration.ofHours(1));
        Thread.sleep(50);
        assertNearWall(clocks.now("a"));
        assertFalse(clocks.hasOwn("a"));
    }

    @Test
    void forgettingOneTestOrResettingAllGoesBackToTheWallClock() {
        Clocks clocks = new Clocks(global, 10, Duration.ofHours(1));
        clocks.of("a").advance(Duration.ofHours(1));
        clocks.of("b").advance(Duration.ofHours(1));
        global.advance(Duration.ofHours(1));
        clocks.forget("a");
        assertNearWall(clocks.now("a"));
        assertTrue(clocks.now("b").isAfter(Instant.now().plus(Duration.ofMinutes(59))));
        clocks.resetAll();
        assertEquals(Set.of(), clocks.testIds());
        assertNearWall(clocks.now(null));
    }
}
