package dev.videoapiemulator.testcontainers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** What the container makes of its settings before anything runs: no Docker API needed. */
class VideoApiEmulatorContainerSettingsTest {

    @Test
    void settingsAreNamedAsTheConfigurationNamesThem() {
        assertEquals("EMULATOR_AUTH_MODE", VideoApiEmulatorContainer.environmentName("emulator.auth.mode"));
        assertEquals("EMULATOR_JOBS_PROCESSING_PER_SECOND",
                VideoApiEmulatorContainer.environmentName("emulator.jobs.processing-per-second"));
        assertEquals("EMULATOR_PORT", VideoApiEmulatorContainer.environmentName("EMULATOR_PORT"));
    }

    @Test
    void httpsUrlsNeedWithHttps() {
        VideoApiEmulatorContainer container = new VideoApiEmulatorContainer("localhost/video-api-emulator:any");
        assertThrows(IllegalStateException.class, container::getHttpsBaseUrl);
        assertThrows(IllegalStateException.class, container::getCaCertificatePem);
        assertEquals("8443", container.withHttps().getEnvMap().get("EMULATOR_HTTPS_PORT"));
        assertEquals(true, container.getExposedPorts().contains(VideoApiEmulatorContainer.HTTPS_PORT));
    }

    @Test
    void aSettingOfAnotherToolIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> VideoApiEmulatorContainer.environmentName("quarkus.http.port"));
    }

    @Test
    void aFixtureIsJsonOrYamlInTheFixtureDirectory() {
        VideoApiEmulatorContainer container = new VideoApiEmulatorContainer("localhost/video-api-emulator:any");
        assertThrows(IllegalArgumentException.class, () -> container.withFixture("keys.txt", "{}"));
        assertThrows(IllegalArgumentException.class, () -> container.withFixture("../keys.json", "{}"));
        container.withFixture("keys.json", "{\"keys\":[]}").withFixture("scenarios.YAML", "scenarios: []");
    }

    @Test
    void theImageComesFromThePropertyWhenSet() {
        String before = System.getProperty(VideoApiEmulatorContainer.IMAGE_PROPERTY);
        try {
            System.setProperty(VideoApiEmulatorContainer.IMAGE_PROPERTY, "localhost/emulator:ci");
            assertEquals("localhost/emulator:ci", VideoApiEmulatorContainer.defaultImage());
        } finally {
            if (before == null) {
                System.clearProperty(VideoApiEmulatorContainer.IMAGE_PROPERTY);
            } else {
                System.setProperty(VideoApiEmulatorContainer.IMAGE_PROPERTY, before);
            }
        }
    }
}
