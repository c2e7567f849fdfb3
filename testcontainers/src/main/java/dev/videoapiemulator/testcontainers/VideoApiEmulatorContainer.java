package dev.videoapiemulator.testcontainers;

import dev.videoapiemulator.client.EmulatorControl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
    /** The image's TLS port (EMULATOR_HTTPS_PORT), exposed by {@link #withHttps()}. */
    static final int HTTPS_PORT = 8443;
    private static final String ADMIN_TOKEN_HEADER = "X-Emulator-Admin-Token";
    /** Where the image reads its fixture files; its own demo fixtures are there too. */
    static final String FIXTURES = "/fixtures/";
    private static final List<String> FIXTURE_SUFFIXES = List.of(".json", ".yaml", ".yml");
    private static final int READABLE = 0644;

    private String adminToken;
    private boolean https;

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

    /**
     * Adds the TLS listener on {@value #HTTPS_PORT}, with a certificate from the emulator's own CA
     * ({@link #getCaCertificatePem()}) for localhost, 127.0.0.1, ::1 and the host the container is
     * reached at.
     */
    public VideoApiEmulatorContainer withHttps() {
        this.https = true;
        addExposedPort(HTTPS_PORT);
        return withSetting("emulator.https.port", String.valueOf(HTTPS_PORT));
    }

    @Override
    protected void configure() {
        super.configure();
        if (https) {
            // Known only now: a remote Docker host is reached by its own name, which the certificate must carry.
            withSetting("emulator.https.names", getHost());
        }
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

    /** The official API's root over TLS, {@code https://host:port/v1}; needs {@link #withHttps()}. */
    public String getHttpsBaseUrl() {
        return httpsRoot() + "/v1";
    }

    /** A dialect's root over TLS: {@code getHttpsBaseUrl("kling")} is {@code https://host:port/kling/v1}. */
    public String getHttpsBaseUrl(String profile) {
        return httpsRoot() + "/" + profile + "/v1";
    }

    /** The CA that signed the TLS listener's certificate, as PEM, for the client's trust store. */
    public String getCaCertificatePem() {
        httpsRoot();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(getEmulatorUrl() + "/__emulator/tls/ca.pem"))
                .timeout(Duration.ofSeconds(10));
        if (adminToken != null) {
            request.header(ADMIN_TOKEN_HEADER, adminToken);
        }
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("the emulator has no CA to give: " + answer.statusCode() + " "
                        + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching the CA", e);
        }
    }

    private String httpsRoot() {
        if (!https) {
            throw new IllegalStateException("this container has no TLS listener: call withHttps() before start()");
        }
        return "https://" + getHost() + ":" + getMappedPort(HTTPS_PORT);
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
