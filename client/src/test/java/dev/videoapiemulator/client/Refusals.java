package dev.videoapiemulator.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Calls the emulator must refuse: the refusal, for checking its error fields. */
final class Refusals {

    private Refusals() {
    }

    static EmulatorException assertRefused(int status, Executable call) {
        EmulatorException refused = assertThrows(EmulatorException.class, call);
        assertEquals(status, refused.status(), refused::getMessage);
        return refused;
    }
}
