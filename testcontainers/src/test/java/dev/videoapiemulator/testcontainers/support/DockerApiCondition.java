package dev.videoapiemulator.testcontainers.support;

import dev.videoapiemulator.testcontainers.VideoApiEmulatorContainer;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * The condition behind {@link RequiresDockerApi}: a Docker API answers, and it has the emulator's
 * image (nothing is pulled: the image is built from this repository).
 */
public class DockerApiCondition implements ExecutionCondition {

    static final String REQUIRED_ENV = "VIDEO_API_EMULATOR_REQUIRE_DOCKER";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String missing = missing();
        if (missing == null) {
            return ConditionEvaluationResult.enabled("a Docker API answers and has the image");
        }
        if ("1".equals(System.getenv(REQUIRED_ENV))) {
            throw new ExtensionConfigurationException(REQUIRED_ENV + "=1, but " + missing);
        }
        return ConditionEvaluationResult.disabled("skipped: " + missing);
    }

    /** What is missing, or null when nothing is. */
    private static String missing() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            return "no Docker API answers (DOCKER_HOST=" + System.getenv("DOCKER_HOST") + "); start Docker, or `podman"
                    + " system service --time=0 unix:///run/podman/podman.sock &` with DOCKER_HOST pointing at it";
        }
        String image = VideoApiEmulatorContainer.defaultImage();
        try {
            DockerClientFactory.instance().client().inspectImageCmd(image).exec();
            return null;
        } catch (RuntimeException e) {
            return "the image " + image + " is not there: build it (docker build -t " + image + " ., or"
                    + " scripts/container-smoke.sh) or name another in " + VideoApiEmulatorContainer.IMAGE_ENV;
        }
    }
}
