package io.cloudsuite.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.cloudsuite.backends.FreePort;

/**
 * One more replica of the service under test: its packaged jar ({@code target/quarkus-app/quarkus-run.jar}, built
 * by {@code package} before failsafe runs the {@code *IT}s) in a JVM of its own, in the prod profile, on a free port,
 * pointed at the same backends as the instance the test talks to. What one replica writes, the other must read:
 * a cache that another replica forgot to invalidate, or a lock held only in one JVM, shows up here.
 */
public final class PackagedReplica implements AutoCloseable {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    /** A JVM start takes 3-7 s on a quiet 2-core machine and several times that beside a full build. */
    private static final Duration READY_WITHIN = Duration.ofSeconds(120);

    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;

    private PackagedReplica(Process process, int port, int managementPort, Path log) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    /**
     * Starts the replica and returns once its readiness check (on its management interface) answers UP.
     *
     * @param configuration system properties for the replica, e.g. the backend addresses the test resources gave
     */
    public static PackagedReplica start(Map<String, String> configuration) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the *IT tests with mvn verify");
        }
        int port = FreePort.find();
        int managementPort = FreePort.findOtherThan(port);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.management.port=" + managementPort);
        command.add("-Djava.util.logging.manager=org.jboss.logmanager.LogManager");
        configuration.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(JAR.toString());
        try {
            Path log = Files.createTempFile(Path.of("target"), "replica-" + port + "-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            PackagedReplica replica = new PackagedReplica(process, port, managementPort, log);
            replica.awaitReady();
            return replica;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + JAR, e);
        }
    }

    /** Where the replica answers, e.g. {@code http://127.0.0.1:41234}. */
    public String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(READY_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the replica exited with " + process.exitValue() + "; " + output());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while the replica started", e);
            }
            sleep(Duration.ofMillis(200));
        }
        close();
        throw new IllegalStateException("the replica was not ready within " + READY_WITHIN + "; " + output());
    }

    private String output() {
        try {
            return "its output (" + log + "):\n" + Files.readString(log);
        } catch (IOException e) {
            return "its output is in " + log;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the replica (SIGTERM, then SIGKILL after 10 s) and waits for it to exit. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
