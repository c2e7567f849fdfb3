package dev.videoapiemulator.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged server (system property {@code emulator.server.jar}), started as its own process on
 * a free port with an empty fixture directory of its own, and stopped by {@link #close()} or, should
 * the test JVM end first, by a shutdown hook.
 */
final class RunningEmulator implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final Thread stopOnExit;
    private final Path fixtures;
    private final Path log;
    private final EmulatorControl control;

    private RunningEmulator(Process process, Path fixtures, Path log, EmulatorControl control) {
        this.process = process;
        this.fixtures = fixtures;
        this.log = log;
        this.control = control;
        this.stopOnExit = new Thread(process::destroyForcibly, "stop-emulator");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** Starts a server with these extra system properties ({@code name=value}) and waits until it is ready. */
    static RunningEmulator start(String... properties) {
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
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            RunningEmulator emulator = new RunningEmulator(process, fixtures, log,
                    EmulatorControl.connect("http://127.0.0.1:" + port));
            emulator.awaitReady();
            return emulator;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the emulator", e);
        }
    }

    EmulatorControl control() {
        return control;
    }

    /** The directory the server reads its fixture files from. */
    Path fixtures() {
        return fixtures;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        Runtime.getRuntime().removeShutdownHook(stopOnExit);
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
