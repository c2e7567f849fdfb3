package dev.videoapiemulator.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged server (system property {@code emulator.server.jar}), started as its own process on
 * a free port with an empty fixture directory of its own ({@code fixtures}, its output in
 * {@code log}), and stopped by {@link #close()} or, should the test JVM end first, by the shutdown
 * hook {@code stopOnExit}. Public, and shipped in the client's test jar, for the other modules'
 * tests that need a real server without a container.
 */
public record RunningEmulator(Process process, Path fixtures, Path log, EmulatorControl control, Thread stopOnExit)
        implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    /** Starts a server with these extra system properties ({@code name=value}) and waits until it is ready. */
    public static RunningEmulator start(String... properties) {
        String jar = System.getProperty("emulator.server.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("No server jar at emulator.server.jar=" + jar
                    + ": build it with ./mvnw -B -q -DskipTests -pl server package");
        }
        try {
            int port = freePort();
            Path fixtures = Files.createTempDirectory("emulator-fixtures");
            Path log = Files.createTempFile("emulator-" + port + "-", ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Demulator.port=" + port, "-Demulator.fixtures.dir=" + fixtures));
            for (String property : properties) {
                command.add("-D" + property);
            }
            command.addAll(List.of("-jar", jar));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            Thread stopOnExit = new Thread(process::destroyForcibly, "stop-emulator");
            Runtime.getRuntime().addShutdownHook(stopOnExit);
            RunningEmulator emulator = new RunningEmulator(process, fixtures, log,
                    EmulatorControl.connect("http://127.0.0.1:" + port), stopOnExit);
            emulator.awaitReady();
            return emulator;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the emulator", e);
        }
    }

    /** The server's root URL, {@code http://127.0.0.1:port}. */
    public String url() {
        return control.baseUri().toString().replaceAll("/+$", "");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
        try (Stream<Path> files = Files.walk(fixtures)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(log);
        } catch (IOException e) {
            // Temporary files only: the run's result does not depend on them going.
        }
    }

    private void awaitReady() {
        try {
            control.awaitReady(START_TIMEOUT);
        } catch (EmulatorException e) {
            process.destroyForcibly();
            throw new IllegalStateException(e.getMessage() + "; its output:\n" + output(), e);
        }
    }

    private String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
