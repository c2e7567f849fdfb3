package dev.videoapiemulator.client;

import static dev.videoapiemulator.client.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.client.EmulatorControl.Part;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResetTest extends IsolatedEmulatorTest {

    private final VideoApi unscopedApi = new VideoApi(emulator, key, null);

    ResetTest(RunningEmulator running) {
        super(running);
    }

    @Test
    void resetPutsEverythingBack() {
        unscopedApi.createVideo("forgotten");
        emulator.clock().advance(Duration.ofMinutes(5));
        ResetResult result = emulator.reset();
        assertTrue(result.parts().containsAll(List.of("jobs", "journal", "scenarios", "rate_limits", "webhooks",
                "clock")), result.parts()::toString);
        assertNull(result.testId());
        assertEquals(List.of(), emulator.jobs().list(JobQuery.all().key(key)).data());
        assertEquals(Duration.ZERO, emulator.clock().state().offset());
    }

    @Test
    void resetOfPartsResetsEachInTheEmulatorsOrder() {
        unscopedApi.createVideo("forgotten");
        emulator.clock().advance(Duration.ofMinutes(5));
        ResetResult result = emulator.reset(Part.CLOCK, Part.JOBS);
        assertEquals(List.of("jobs", "clock"), result.parts());
        assertEquals(Duration.ZERO, emulator.clock().state().offset());
    }

    @Test
    void resetOfOnePart() {
        assertEquals(List.of("journal"), emulator.reset(Part.JOURNAL).parts());
    }

    @Test
    void resetOfTheClockIsRefusedWhileJobsLiveAhead() {
        unscopedApi.createVideo("in use");
        emulator.clock().advance(Duration.ofMinutes(5));
        EmulatorException refused = assertRefused(409, () -> emulator.reset(Part.CLOCK));
        assertEquals("clock_in_use", refused.code());
    }

    @Test
    void aScopedResetForgetsOnlyItsTestsShare() {
        String mine = api.createVideo("mine");
        String theirs = unscopedApi.createVideo("theirs");
        scoped.scenarios().add(NewScenario.named("mine").status(500));
        ResetResult result = scoped.reset();
        assertEquals(testId, result.testId());
        assertRefused(404, () -> emulator.jobs().get(mine));
        assertEquals(theirs, emulator.jobs().get(theirs).id());
        assertEquals(List.of(), scoped.scenarios().list().runtime());
    }

    @Test
    void aScopedResetOfOnePartNamesTheTest() {
        ResetResult result = scoped.reset(Part.JOBS, Part.JOURNAL);
        assertEquals(List.of("jobs", "journal"), result.parts());
        assertEquals(testId, result.testId());
    }
}
