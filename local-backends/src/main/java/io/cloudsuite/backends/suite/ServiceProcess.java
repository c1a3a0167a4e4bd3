package io.cloudsuite.backends.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.cloudsuite.backends.FreePort;
import io.cloudsuite.backends.LocalBackend;
import io.cloudsuite.backends.LocalBackendKind;
import io.cloudsuite.backends.TcpProbe;

/**
 * One packaged service running as a child JVM the way it runs in its container: the prod profile, the suite's
 * shared JVM flags ({@code target/service-jvm.options}, from {@code jvm/service-jvm.options}), on a loopback
 * port, with its management interface (health, metrics) on a second loopback port, pointed at local backends. The suite launcher, the load tests' smoke run and the benchmarks start services
 * through this one class.
 */
public final class ServiceProcess {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(25);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final SuiteService service;
    private final int port;
    private final int managementPort;
    private final Process process;
    private final long startedNanos;

    private ServiceProcess(SuiteService service, int port, int managementPort, Process process, long startedNanos) {
        this.service = service;
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
        this.startedNanos = startedNanos;
    }

    /**
     * Starts the service's packaged jar; returns at once (see {@link #awaitReady(Duration)}).
     *
     * @param backends a running local server for every backend the service needs
     * @param log      where the service's console output goes
     */
    public static ServiceProcess start(SuiteService service, int port, Map<LocalBackendKind, LocalBackend> backends,
            Path log) throws IOException {
        return start(service, port, backends, Map.of(), log);
    }

    /**
     * The same, with extra configuration passed as system properties (e.g. an API key the prod profile needs). The
     * management interface takes a free port ({@link #managementUrl()}).
     */
    public static ServiceProcess start(SuiteService service, int port, Map<LocalBackendKind, LocalBackend> backends,
            Map<String, String> configuration, Path log) throws IOException {
        int managementPort = FreePort.findOtherThan(port);
        List<String> command = command(service, port, managementPort, backends, configuration);
        if (TcpProbe.isAnswering(LocalBackend.LOOPBACK, port)) {
            throw new IllegalStateException("port " + port + " for " + service.name() + " is taken");
        }
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new ServiceProcess(service, port, managementPort, process, started);
    }

    /** The command line: {@code java @service-jvm.options -D... -jar quarkus-run.jar}. */
    public static List<String> command(SuiteService service, int port, int managementPort,
            Map<LocalBackendKind, LocalBackend> backends, Map<String, String> configuration) {
        Map<LocalBackendKind, String> addresses = new LinkedHashMap<>();
        backends.forEach((kind, backend) -> addresses.put(kind, backend.uri()));
        return commandFor(service, port, managementPort, addresses, configuration);
    }

    /** The same, with each backend given by its address: the one command line of every local launcher. */
    public static List<String> commandFor(SuiteService service, int port, int managementPort,
            Map<LocalBackendKind, String> backendAddresses, Map<String, String> configuration) {
        for (Path packaged : List.of(service.runnableJar(), service.jvmOptions())) {
            if (!Files.isRegularFile(packaged)) {
                throw new IllegalStateException(packaged + " is missing: run ./mvnw -B package -DskipTests first");
            }
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + service.jvmOptions(),
                "-Dquarkus.http.host=" + LocalBackend.LOOPBACK,
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.host=" + LocalBackend.LOOPBACK,
                "-Dquarkus.management.port=" + managementPort,
                "-Dquarkus.log.console.json.enabled=false"));
        for (LocalBackendKind kind : service.backends()) {
            String address = backendAddresses.get(kind);
            if (address == null) {
                throw new IllegalArgumentException(service.name() + " needs " + kind.displayName() + ", none given");
            }
            kind.clientConfiguration(address).forEach((key, value) -> command.add("-D" + key + "=" + value));
        }
        configuration.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", service.runnableJar().toString()));
        return command;
    }

    /**
     * Waits until {@code /q/health/ready} on the management interface answers 200.
     *
     * @return the time from starting the JVM to its first ready answer
     * @throws IllegalStateException when the service exits or is not ready in time
     */
    public Duration awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = startedNanos + timeout.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.name() + " exited with code " + process.exitValue()
                        + " before it was ready; see its log");
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - startedNanos);
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        throw new IllegalStateException(service.name() + " was not ready within " + timeout.toSeconds() + " s");
    }

    /** Stops the service (SIGTERM, then SIGKILL after 10 s) and waits until it has exited. */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    public SuiteService service() {
        return service;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public String baseUrl() {
        return "http://" + LocalBackend.LOOPBACK + ":" + port;
    }

    /** Where health and metrics answer, e.g. {@code http://127.0.0.1:41234} (+ {@code /q/metrics}). */
    public String managementUrl() {
        return "http://" + LocalBackend.LOOPBACK + ":" + managementPort;
    }
}
