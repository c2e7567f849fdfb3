package dev.videoapiemulator.client;

import static dev.videoapiemulator.client.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A second emulator of its own, started with an admin token: the shared one has none. */
class AdminTokenTest {

    private static RunningEmulator guarded;

    @BeforeAll
    static void start() {
        guarded = RunningEmulator.start("emulator.control.token=secret");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        guarded.close();
    }

    @Test
    void callsWithTheTokenPass() {
        assertFalse(guarded.control().withAdminToken("secret").clock().state().frozen());
    }

    @Test
    void callsWithoutTheTokenAre401() {
        EmulatorException refused = assertRefused(401, () -> guarded.control().jobs().list());
        assertEquals("invalid_admin_token", refused.code());
    }

    @Test
    void callsWithAnotherTokenAre401() {
        assertRefused(401, () -> guarded.control().withAdminToken("guess").withTestId("t").reset());
    }

    @Test
    void theTokenSurvivesScoping() {
        EmulatorControl scoped = guarded.control().withAdminToken("secret").withTestId(Fresh.testId());
        assertEquals(0, scoped.journal().count(JournalFilter.any()));
    }
}
