package dev.videoapiemulator.client;

import static dev.videoapiemulator.client.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmulatorExtension.class)
class ClockControlTest {

    private final EmulatorControl emulator;
    private final String testId = Fresh.testId();
    private final ClockControl clock;

    ClockControlTest(RunningEmulator running) {
        this.emulator = running.control();
        this.clock = emulator.withTestId(testId).clock();
    }

    /** Each test moves a clock of its own (its test id's); none is left standing still. */
    @AfterEach
    void thaw() {
        clock.thaw();
    }

    @Test
    void nowIsTheEmulatorsTime() {
        Instant before = Instant.now();
        Instant now = clock.now();
        assertFalse(now.isBefore(before.minusSeconds(1)), now + " is before " + before);
    }

    @Test
    void stateShowsOffsetAndFrozen() {
        ClockState state = clock.state();
        assertFalse(state.frozen());
        assertFalse(state.offset().isNegative());
    }

    @Test
    void advanceMovesTheOffsetForward() {
        Duration before = clock.state().offset();
        ClockState after = clock.advance(Duration.ofMinutes(1));
        assertEquals(before.plusMinutes(1), after.offset());
    }

    @Test
    void advanceRefusesANegativeDuration() {
        EmulatorException refused = assertRefused(400, () -> clock.advance(Duration.ofSeconds(-1)));
        assertEquals("by", refused.param());
        assertEquals("invalid_value", refused.code());
    }

    @Test
    void freezeStopsTheClockAndThawLetsItRun() {
        ClockState frozen = clock.freeze();
        assertTrue(frozen.frozen());
        assertEquals(frozen.now(), clock.now());
        assertFalse(clock.thaw().frozen());
    }

    @Test
    void resetGoesBackToTheWallClock() {
        emulator.reset(EmulatorControl.Part.JOBS);
        clock.advance(Duration.ofHours(1));
        ClockState reset = clock.reset();
        assertEquals(Duration.ZERO, reset.offset());
        assertFalse(reset.frozen());
    }

    @Test
    void resetIsRefusedWhileJobsLiveAhead() {
        // The test id's own job holds its clock ahead of the wall clock.
        new VideoApi(emulator, Fresh.key(), testId).createVideo("a clock in use");
        clock.advance(Duration.ofHours(1));
        EmulatorException refused = assertRefused(409, clock::reset);
        assertEquals("clock_in_use", refused.code());
        assertEquals("invalid_request_error", refused.type());
    }
}
