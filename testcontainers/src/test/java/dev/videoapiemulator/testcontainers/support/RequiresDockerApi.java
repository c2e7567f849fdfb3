package dev.videoapiemulator.testcontainers.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a class only where a Docker API answers (Docker, or podman's {@code podman system service}
 * through DOCKER_HOST) and has the emulator's image. Elsewhere the class is skipped with a message
 * saying what is missing, unless
 * {@value DockerApiCondition#REQUIRED_ENV}=1, as CI sets it: then a missing API fails the class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DockerApiCondition.class)
public @interface RequiresDockerApi {
}
