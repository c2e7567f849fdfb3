package dev.videoapiemulator.testcontainers.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against an emulator: a container started for the class (or one for the whole
 * JVM with {@link #sharedContainer()}), or the emulator already running at the URL in the system
 * property {@value VideoApiEmulatorExtension#URL_PROPERTY} or the environment variable
 * {@value VideoApiEmulatorExtension#URL_ENV} (a pipeline's service container). Each test method
 * gets its own test id, and what it made is reset after it. Test and lifecycle methods may declare
 * parameters of type {@link VideoApiEmulator} and {@link dev.videoapiemulator.client.EmulatorControl}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(VideoApiEmulatorExtension.class)
public @interface VideoApiEmulatorTest {

    /** The image; empty for {@code VideoApiEmulatorContainer}'s default. */
    String image() default "";

    /** A class path directory of fixture files added to the container's. */
    String fixtures() default "";

    /** The dialect of the bare /v1 paths; empty for the image's default ({@code openai}). */
    String defaultProfile() default "";

    /** Requires this token on the container's control API (and sends it); empty for none. */
    String adminToken() default "";

    /** One container for every class of the JVM that asks for the same one, instead of one per class. */
    boolean sharedContainer() default false;
}
