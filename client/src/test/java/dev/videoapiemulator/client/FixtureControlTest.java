package dev.videoapiemulator.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Writes only keys into the shared fixture directory: they change nothing for the other tests. */
@ExtendWith(EmulatorExtension.class)
class FixtureControlTest {

    private final RunningEmulator running;
    private final FixtureControl fixtures;
    private final Path file;

    FixtureControlTest(RunningEmulator running) {
        this.running = running;
        this.fixtures = running.control().fixtures();
        this.file = running.fixtures().resolve("client-test.yaml");
    }

    @AfterEach
    void removeTheFile() throws IOException {
        Files.deleteIfExists(file);
        fixtures.reload();
    }

    @Test
    void stateShowsTheDirectoryInForce() {
        FixtureState state = fixtures.state();
        assertEquals(running.fixtures().toString(), state.dir());
        assertTrue(state.loaded());
        assertNull(state.error());
    }

    @Test
    void reloadReadsTheFilesNow() throws IOException {
        Files.writeString(file, "keys:\n  - key: " + Fresh.key() + "\n    requests_per_minute: 1000\n");
        FixtureState state = fixtures.reload();
        assertEquals(1, state.keys());
        assertTrue(state.files().stream().anyMatch(name -> name.endsWith("client-test.yaml")), state.files()::toString);
    }

    @Test
    void reloadOfABadFileShowsTheError() throws IOException {
        Files.writeString(file, "keys:\n  - colour: red\n");
        FixtureState state = fixtures.reload();
        assertNotNull(state.error());
        assertTrue(state.error().contains("client-test.yaml"), state.error());
    }
}
