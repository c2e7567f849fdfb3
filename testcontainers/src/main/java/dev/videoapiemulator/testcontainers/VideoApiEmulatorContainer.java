package dev.videoapiemulator.testcontainers;

import dev.videoapiemulator.client.EmulatorControl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The emulator's image as a container: fixtures added from files, the class path or strings,
 * settings by name, ready once {@code /q/health/ready} answers, and the URLs and control client a
 * test needs.
 *
 * <pre>{@code
 * try (VideoApiEmulatorContainer emulator = new VideoApiEmulatorContainer()
 *         .withFixture("failures.yaml", "scenarios: [...]")) {
 *     emulator.start();
 *     OpenAIClient openai = OpenAIOkHttpClient.builder().baseUrl(emulator.getBaseUrl()).apiKey("sk-test").build();
 *     emulator.control().clock().advance(Duration.ofMinutes(1));
 * }
 * }</pre>
 */
public class VideoApiEmulatorContainer extends GenericContainer<VideoApiEmulatorContainer> {

    /** The image's name when none is given: as {@code docker build -t video-api-emulator .} tags it. */
    public static final String DEFAULT_IMAGE = "video-api-emulator:latest";
    /** Overrides {@link #DEFAULT_IMAGE} for every container made without an explicit image. */
    public static final String IMAGE_PROPERTY = "videoapiemulator.image";
    public static final String IMAGE_ENV = "VIDEO_API_EMULATOR_IMAGE";

    static final int PORT = 8080;
    /** Where the image reads its fixture files; its own demo fixtures are there too. */
    static final String FIXTURES = "/fixtures/";
    private static final List<String> FIXTURE_SUFFIXES = List.of(".json", ".yaml", ".yml");
    private static final int READABLE = 0644;

    private String adminToken;

    /** The image named by {@value #IMAGE_PROPERTY} or {@value #IMAGE_ENV}, else {@value #DEFAULT_IMAGE}. */
    public VideoApiEmulatorContainer() {
        this(defaultImage());
    }

    public VideoApiEmulatorContainer(String image) {
        this(DockerImageName.parse(image));
    }

    public VideoApiEmulatorContainer(DockerImageName image) {
        super(image);
        withExposedPorts(PORT);
        waitingFor(Wait.forHttp("/q/health/ready").forPort(PORT).forStatusCode(200)
                .withStartupTimeout(Duration.ofSeconds(90)));
    }

    /** The image a container made without one runs. */
    public static String defaultImage() {
        return Optional.ofNullable(System.getProperty(IMAGE_PROPERTY)).filter(name -> !name.isBlank())
                .or(() -> Optional.ofNullable(System.getenv(IMAGE_ENV)).filter(name -> !name.isBlank()))
                .orElse(DEFAULT_IMAGE);
    }

    /** Adds every fixture file of {@code directory} (JSON or YAML, not its subdirectories) beside the image's own. */
    public VideoApiEmulatorContainer withFixtures(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("not a directory of fixture files: " + directory);
        }
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(Files::isRegularFile).filter(file -> isFixture(file.getFileName().toString()))
                    .sorted()
                    .forEach(file -> withCopyFileToContainer(MountableFile.forHostPath(file, READABLE),
                            FIXTURES + file.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list fixture files in " + directory, e);
        }
        return self();
    }

    /** Adds the fixture files of a class path directory, such as {@code "emulator-fixtures"} under src/test/resources. */
    public VideoApiEmulatorContainer withClasspathFixtures(String resourceDirectory) {
        return withFixtures(Path.of(MountableFile.forClasspathResource(resourceDirectory).getResolvedPath()));
    }

    /** Adds one fixture file: {@code name} ends in .json, .yaml or .yml, and says which the content is. */
    public VideoApiEmulatorContainer withFixture(String name, String yamlOrJson) {
        if (!isFixture(name) || name.contains("/")) {
            throw new IllegalArgumentException("a fixture file name ends in .json, .yaml or .yml and has no"
                    + " directory: " + name);
        }
        return withCopyToContainer(Transferable.of(yamlOrJson, READABLE), FIXTURES + name);
    }

    /** The dialect of the bare /v1 paths ({@code openai} by default; {@code veo}, {@code kling}, ...). */
    public VideoApiEmulatorContainer withDefaultProfile(String profile) {
        return withSetting("emulator.default-profile", profile);
    }

    /** Requires this token on the control API; {@link #control()} sends it. */
    public VideoApiEmulatorContainer withAdminToken(String token) {
        this.adminToken = token;
        return withSetting("emulator.control.token", token);
    }

    /** How long a new job stays queued, and then in progress (before its per-second share). */
    public VideoApiEmulatorContainer withTimings(Duration queued, Duration processing) {
        return withSetting("emulator.jobs.queued", queued.toMillis() + "ms")
                .withSetting("emulator.jobs.processing", processing.toMillis() + "ms");
    }

    /**
     * Any setting by its name, {@code emulator.auth.mode} or {@code EMULATOR_AUTH_MODE}: the image
     * reads it as an environment variable.
     */
    public VideoApiEmulatorContainer withSetting(String name, String value) {
        return withEnv(environmentName(name), value);
    }

    static String environmentName(String name) {
        if (name.startsWith("EMULATOR_")) {
            return name;
        }
        if (!name.startsWith("emulator.")) {
            throw new IllegalArgumentException("emulator settings start with 'emulator.' or 'EMULATOR_': " + name);
        }
        return name.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** The emulator's root, {@code http://host:port}: the control API and health are below it. */
    public String getEmulatorUrl() {
        return "http://" + getHost() + ":" + getMappedPort(PORT);
    }

    /** The official API's root, as OpenAI's SDKs take it: {@code http://host:port/v1}. */
    public String getBaseUrl() {
        return getEmulatorUrl() + "/v1";
    }

    /** A dialect's root by its profile name: {@code getBaseUrl("veo")} is {@code http://host:port/veo/v1}. */
    public String getBaseUrl(String profile) {
        return getEmulatorUrl() + "/" + profile + "/v1";
    }

    /** The control API of this container, with its admin token if one was set. */
    public EmulatorControl control() {
        EmulatorControl control = EmulatorControl.connect(getEmulatorUrl());
        return adminToken == null ? control : control.withAdminToken(adminToken);
    }

    private static boolean isFixture(String name) {
        return FIXTURE_SUFFIXES.stream().anyMatch(name.toLowerCase(Locale.ROOT)::endsWith);
    }
}
