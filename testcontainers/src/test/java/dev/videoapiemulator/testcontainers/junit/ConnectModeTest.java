package dev.videoapiemulator.testcontainers.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.models.videos.Video;
import dev.videoapiemulator.client.EmulatorControl;
import dev.videoapiemulator.client.JobQuery;
import dev.videoapiemulator.client.RunningEmulator;
import dev.videoapiemulator.testcontainers.support.Videos;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The extension's mode for pipelines that run the emulator as a service: given its URL, it starts
 * no container and connects. The emulator here is the packaged server, started by the test run.
 */
@ExtendWith(ConnectModeTest.PointAtLocalServer.class)
@VideoApiEmulatorTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConnectModeTest {

    private static final String KEY = Videos.freshKey();
    private static String firstTestId;
    private static String firstVideo;

    private static RunningEmulator server;

    /**
     * Starts the packaged server and names it before the emulator extension looks for one, as a
     * pipeline's setting would; stops it and forgets the setting once the class is done.
     */
    static class PointAtLocalServer implements BeforeAllCallback, AfterAllCallback {
        @Override
        public void beforeAll(ExtensionContext context) {
            server = RunningEmulator.start();
            System.setProperty(VideoApiEmulatorExtension.URL_PROPERTY, server.url());
        }

        @Override
        public void afterAll(ExtensionContext context) throws InterruptedException {
            System.clearProperty(VideoApiEmulatorExtension.URL_PROPERTY);
            server.close();
        }
    }

    @BeforeAll
    static void theLifecycleMethodsGetTheUnscopedControl(VideoApiEmulator emulator) {
        assertNull(emulator.testId());
        assertTrue(emulator.control().isReady());
    }

    @Test
    @Order(1)
    void itConnectsToTheRunningEmulatorAndGivesTheTestItsOwnId(VideoApiEmulator emulator, EmulatorControl control) {
        assertEquals(server.url(), emulator.url());
        assertTrue(emulator.testId().startsWith("ConnectModeTest.itConnectsToTheRunningEmulator"), emulator.testId());
        OpenAIClient openai = Videos.client(emulator.baseUrl(), KEY, emulator.testId());
        try {
            Video video = Videos.create(openai, "A test against a service container");
            control.clock().advance(Duration.ofMinutes(1));
            assertEquals(Video.Status.COMPLETED, openai.videos().retrieve(video.id()).status());
            firstTestId = emulator.testId();
            firstVideo = video.id();
        } finally {
            openai.close();
        }
    }

    @Test
    @Order(2)
    void whatATestMadeIsResetAfterIt(VideoApiEmulator emulator) {
        assertNotEquals(firstTestId, emulator.testId());
        assertTrue(emulator.control().jobs().list(JobQuery.all().testId(firstTestId)).data().isEmpty(),
                "the first test's jobs outlived it: " + firstVideo);
    }
}
