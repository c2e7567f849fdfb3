package dev.videoapiemulator.testcontainers.junit;

import dev.videoapiemulator.client.EmulatorControl;
import dev.videoapiemulator.testcontainers.VideoApiEmulatorContainer;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/** The engine of {@link VideoApiEmulatorTest}: where the emulator comes from, and each test's id. */
public class VideoApiEmulatorExtension implements BeforeAllCallback, AfterEachCallback, ParameterResolver {

    /** The URL of an emulator already running; when given, no container is started. */
    public static final String URL_PROPERTY = "videoapiemulator.url";
    public static final String URL_ENV = "VIDEO_API_EMULATOR_URL";
    /** The admin token of that running emulator, if it requires one. */
    public static final String TOKEN_PROPERTY = "videoapiemulator.admin-token";
    public static final String TOKEN_ENV = "VIDEO_API_EMULATOR_ADMIN_TOKEN";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
            .create(VideoApiEmulatorExtension.class);
    private static final String EMULATOR = "emulator";
    private static final Duration READY = Duration.ofSeconds(60);

    @Override
    public void beforeAll(ExtensionContext context) {
        VideoApiEmulatorTest settings = AnnotationSupport.findAnnotation(context.getRequiredTestClass(),
                VideoApiEmulatorTest.class).orElseThrow(() -> new ExtensionConfigurationException(
                        "VideoApiEmulatorExtension needs @VideoApiEmulatorTest on " + context.getRequiredTestClass()));
        context.getStore(NAMESPACE).computeIfAbsent(EMULATOR, key -> source(context, settings), Source.class);
    }

    /** Forgets what the test made under its id: jobs, journal entries, scenarios, its clock. */
    @Override
    public void afterEach(ExtensionContext context) {
        source(context).control().withTestId(testId(context)).reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == VideoApiEmulator.class || type == EmulatorControl.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        VideoApiEmulator emulator = emulator(context);
        return parameter.getParameter().getType() == VideoApiEmulator.class ? emulator : emulator.control();
    }

    private static VideoApiEmulator emulator(ExtensionContext context) {
        Source source = source(context);
        if (context.getTestMethod().isEmpty()) {
            return new VideoApiEmulator(source.url(), null, source.control());
        }
        String testId = testId(context);
        return new VideoApiEmulator(source.url(), testId, source.control().withTestId(testId));
    }

    /** One id per test method invocation, readable in the journal: the class, the method, a nonce. */
    private static String testId(ExtensionContext context) {
        return context.getStore(NAMESPACE).computeIfAbsent("test-id", key -> context.getRequiredTestClass()
                .getSimpleName() + "." + context.getRequiredTestMethod().getName() + "-"
                + UUID.randomUUID().toString().substring(0, 8), String.class);
    }

    private static Source source(ExtensionContext context) {
        Source source = context.getStore(NAMESPACE).get(EMULATOR, Source.class);
        if (source == null) {
            throw new ExtensionConfigurationException("no emulator: is the class annotated with @VideoApiEmulatorTest?");
        }
        return source;
    }

    private static Source source(ExtensionContext context, VideoApiEmulatorTest settings) {
        Optional<String> running = setting(URL_PROPERTY, URL_ENV);
        if (running.isPresent()) {
            EmulatorControl control = EmulatorControl.connect(running.get());
            control = setting(TOKEN_PROPERTY, TOKEN_ENV).map(control::withAdminToken).orElse(control);
            control.awaitReady(READY);
            return new Source(running.get().replaceAll("/+$", ""), control, null);
        }
        ContainerKey key = ContainerKey.of(settings);
        if (settings.sharedContainer()) {
            // The root store lives as long as the JVM's test run: one container for every class asking for it.
            return context.getRoot().getStore(NAMESPACE).computeIfAbsent(key, ContainerKey::start, Source.class);
        }
        return key.start();
    }

    private static Optional<String> setting(String property, String env) {
        return Optional.ofNullable(System.getProperty(property)).or(() -> Optional.ofNullable(System.getenv(env)))
                .filter(value -> !value.isBlank());
    }

    /** Where the emulator is; owns the container it started, if any, and stops it when the store closes. */
    record Source(String url, EmulatorControl control, VideoApiEmulatorContainer container) implements AutoCloseable {

        @Override
        public void close() {
            if (container != null) {
                container.stop();
            }
        }
    }

    /** What makes two classes' containers the same one. */
    record ContainerKey(String image, String fixtures, String defaultProfile, String adminToken) {

        static ContainerKey of(VideoApiEmulatorTest settings) {
            return new ContainerKey(settings.image(), settings.fixtures(), settings.defaultProfile(),
                    settings.adminToken());
        }

        Source start() {
            VideoApiEmulatorContainer container = image.isEmpty() ? new VideoApiEmulatorContainer()
                    : new VideoApiEmulatorContainer(image);
            if (!fixtures.isEmpty()) {
                container.withClasspathFixtures(fixtures);
            }
            if (!defaultProfile.isEmpty()) {
                container.withDefaultProfile(defaultProfile);
            }
            if (!adminToken.isEmpty()) {
                container.withAdminToken(adminToken);
            }
            container.start();
            return new Source(container.getEmulatorUrl(), container.control(), container);
        }
    }
}
