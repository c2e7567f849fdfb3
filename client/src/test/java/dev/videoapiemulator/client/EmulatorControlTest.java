package dev.videoapiemulator.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmulatorExtension.class)
class EmulatorControlTest {

    private final EmulatorControl emulator;

    EmulatorControlTest(RunningEmulator running) {
        this.emulator = running.control();
    }

    @Test
    void connectTakesTheBaseUrlWithOrWithoutATrailingSlash() {
        URI base = emulator.baseUri();
        EmulatorControl slashed = EmulatorControl.connect(base + "/");
        assertEquals(base, slashed.baseUri());
        assertTrue(slashed.isReady());
        assertEquals(base, EmulatorControl.connect(base).baseUri());
    }

    @Test
    void withTestIdAnswersAScopedCopy() {
        EmulatorControl scoped = emulator.withTestId("suite-a");
        assertEquals(Optional.of("suite-a"), scoped.testId());
        assertEquals(Optional.empty(), emulator.testId());
        assertEquals(emulator.baseUri(), scoped.baseUri());
        assertThrows(IllegalArgumentException.class, () -> emulator.withTestId(" "));
    }

    @Test
    void isReadyWhenTheEmulatorIs() {
        assertTrue(emulator.isReady());
        emulator.awaitReady(Duration.ofSeconds(1));
    }

    @Test
    void isNotReadyWhereNothingListens() throws IOException {
        assertFalse(EmulatorControl.connect(nowhere()).isReady());
    }

    @Test
    void awaitReadyGivesUpAtTheTimeout() throws IOException {
        EmulatorControl absent = EmulatorControl.connect(nowhere());
        long start = System.nanoTime();
        EmulatorException timedOut = assertThrows(EmulatorException.class,
                () -> absent.awaitReady(Duration.ofMillis(300)));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(2)) < 0);
        assertTrue(timedOut.getMessage().contains(absent.baseUri().toString()), timedOut.getMessage());
    }

    @Test
    void anUnreachableEmulatorIsAnEmulatorExceptionNamingTheUrl() throws IOException {
        String base = nowhere();
        EmulatorException failed = assertThrows(EmulatorException.class,
                () -> EmulatorControl.connect(base).clock().now());
        assertEquals(0, failed.status(), "no answer came");
        assertTrue(failed.getMessage().contains(base + "/__emulator/clock"), failed.getMessage());
    }

    /** An address nobody listens on: a port just given up by the system. */
    private static String nowhere() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }
}
