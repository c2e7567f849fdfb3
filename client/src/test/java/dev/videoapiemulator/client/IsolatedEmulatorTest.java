package dev.videoapiemulator.client;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test on the run's shared emulator, in a corner of its own: a key and a test id no other test
 * uses, the control API unscoped and scoped to that test id, and the video API called with both.
 */
@ExtendWith(EmulatorExtension.class)
abstract class IsolatedEmulatorTest {

    protected final String key = Fresh.key();
    protected final String testId = Fresh.testId();
    protected final EmulatorControl emulator;
    protected final EmulatorControl scoped;
    protected final VideoApi api;

    IsolatedEmulatorTest(RunningEmulator running) {
        this.emulator = running.control();
        this.scoped = emulator.withTestId(testId);
        this.api = new VideoApi(emulator, key, testId);
    }
}
