package dev.videoapiemulator.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.client.EmulatorControl.Part;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmulatorExtension.class)
class ResetTest {

    private final String key = Fresh.key();
    private final String testId = Fresh.testId();
    private final EmulatorControl emulator;
    private final EmulatorControl scoped;

    ResetTest(RunningEmulator running) {
        this.emulator = running.control();
        this.scoped = emulator.withTestId(testId);
    }

    @Test
    void resetPutsEverythingBack() {
        new VideoApi(emulator, key, null).createVideo("forgotten");
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
        new VideoApi(emulator, key, null).createVideo("forgotten");
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
        new VideoApi(emulator, key, null).createVideo("in use");
        emulator.clock().advance(Duration.ofMinutes(5));
        EmulatorException refused = assertThrows(EmulatorException.class, () -> emulator.reset(Part.CLOCK));
        assertEquals(409, refused.status());
        assertEquals("clock_in_use", refused.code());
    }

    @Test
    void aScopedResetForgetsOnlyItsTestsShare() {
        String mine = new VideoApi(emulator, key, testId).createVideo("mine");
        String theirs = new VideoApi(emulator, key, null).createVideo("theirs");
        scoped.scenarios().add(NewScenario.named("mine").status(500));
        ResetResult result = scoped.reset();
        assertEquals(testId, result.testId());
        assertEquals(404, assertThrows(EmulatorException.class, () -> emulator.jobs().get(mine)).status());
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
