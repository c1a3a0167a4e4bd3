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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.cloudsuite.backends.Detached;
import io.cloudsuite.backends.FreePort;
import io.cloudsuite.backends.LocalBackend;
import io.cloudsuite.backends.LocalBackendKind;
import io.cloudsuite.backends.TcpProbe;

/**
 * One packaged service running as a child JVM the way it runs in its container: the prod profile unless told
 * otherwise, the suite's shared JVM flags ({@code target/service-jvm.options}, from {@code jvm/service-jvm.options}),
 * on a loopback port, with its management interface (health, metrics) on a second loopback port, pointed at local
 * backends. The one way the repository starts a packaged service: the suite launcher, the test replicas
 * (service-testing's PackagedReplica), konnichiwa's startup test, the load tests' smoke run and the benchmarks all
 * start services through {@link #launch(SuiteService)}, and all wait for readiness through {@link #awaitReady}.
 */
public final class ServiceProcess {

    /** Short, so the start-to-ready time {@link #awaitReady} returns is close to the truth. */
    private static final Duration POLL_INTERVAL = Duration.ofMillis(20);

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    /** One client for every readiness check of this JVM: each client of its own would start a selector thread. */
    private static final HttpClient READINESS =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final SuiteService service;
    private final int port;
    private final int managementPort;
    private final Process process;
    private final Path log;
    private final long startedNanos;

    private ServiceProcess(Launch launch, Process process, long startedNanos) {
        this.service = launch.service;
        this.port = launch.port;
        this.managementPort = launch.managementPort;
        this.log = launch.log;
        this.process = process;
        this.startedNanos = startedNanos;
    }

    /** What to start: every setting has a default but the log (free ports, prod profile, no backends). */
    public static Launch launch(SuiteService service) {
        return new Launch(service);
    }

    /** How to start one packaged service; {@link #start()} starts it. */
    public static final class Launch {

        private final SuiteService service;
        private int port;
        private int managementPort;
        private final Map<LocalBackendKind, String> backendAddresses = new LinkedHashMap<>();
        private final Map<String, String> configuration = new LinkedHashMap<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final Set<String> environmentRemoved = new LinkedHashSet<>();
        private Path log;
        private Path detachedIn;

        private Launch(SuiteService service) {
            this.service = service;
        }

        /** The public port; a free one when not set. */
        public Launch port(int port) {
            this.port = port;
            return this;
        }

        /** The management port (health, metrics); a free one other than the public port when not set. */
        public Launch managementPort(int managementPort) {
            this.managementPort = managementPort;
            return this;
        }

        /** The address of a backend the service needs, e.g. {@code redis://127.0.0.1:41234}. */
        public Launch backend(LocalBackendKind kind, String address) {
            backendAddresses.put(kind, address);
            return this;
        }

        public Launch backends(Map<LocalBackendKind, String> addresses) {
            backendAddresses.putAll(addresses);
            return this;
        }

        /** Extra system properties, e.g. {@code quarkus.profile=dev} or a key the prod profile needs. */
        public Launch configuration(Map<String, String> properties) {
            configuration.putAll(properties);
            return this;
        }

        /** Environment variables to set for the service (a deployment passes its secrets this way). */
        public Launch environment(Map<String, String> variables) {
            environment.putAll(variables);
            return this;
        }

        /** Environment variables of this JVM the service must not inherit, e.g. a key a test wants absent. */
        public Launch withoutEnvironment(String... variables) {
            environmentRemoved.addAll(List.of(variables));
            return this;
        }

        /** Where the service's console output goes (required). */
        public Launch log(Path log) {
            this.log = log;
            return this;
        }

        /**
         * Starts the service in a session of its own, working in {@code directory}, so that it outlives this JVM
         * ({@code ./suite up} returns while the services keep running).
         */
        public Launch detachedIn(Path directory) {
            this.detachedIn = directory;
            return this;
        }

        /**
         * The command line: {@code java @service-jvm.options [-XX:SharedArchiveFile=app-cds.jsa] -D... -jar
         * quarkus-run.jar}; picks the free ports not set yet.
         *
         * @throws IllegalStateException    when the jar or its JVM flags are not packaged
         * @throws IllegalArgumentException when a backend the service needs has no address
         */
        public List<String> command() {
            for (Path packaged : List.of(service.runnableJar(), service.jvmOptions())) {
                if (!Files.isRegularFile(packaged)) {
                    throw new IllegalStateException(packaged + " is missing: run ./mvnw -B package -DskipTests first");
                }
            }
            choosePorts();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "@" + service.jvmOptions()));
            // As the image does with its own: a JVM that cannot use the archive (another JDK build, a jar rebuilt
            // since) starts without it.
            if (Files.isRegularFile(service.appCdsArchive())) {
                command.add("-XX:SharedArchiveFile=" + service.appCdsArchive());
            }
            command.addAll(List.of(
                    "-Dquarkus.http.host=" + LocalBackend.LOOPBACK,
                    "-Dquarkus.http.port=" + port,
                    "-Dquarkus.management.host=" + LocalBackend.LOOPBACK,
                    "-Dquarkus.management.port=" + managementPort,
                    "-Dquarkus.log.console.json.enabled=false"));
            for (LocalBackendKind kind : service.backends()) {
                String address = backendAddresses.get(kind);
                if (address == null) {
                    throw new IllegalArgumentException(
                            service.name() + " needs " + kind.displayName() + ", none given");
                }
                kind.clientConfiguration(address).forEach((key, value) -> command.add("-D" + key + "=" + value));
            }
            configuration.forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.addAll(List.of("-jar", service.runnableJar().toString()));
            return command;
        }

        /**
         * Starts the JVM and returns at once; {@link #awaitReady(Duration)} waits for it.
         *
         * @throws IllegalStateException when the public port is taken, or as {@link #command()}
         */
        public ServiceProcess start() throws IOException {
            if (log == null) {
                throw new IllegalStateException("no log file given for " + service.name());
            }
            List<String> command = command();
            if (TcpProbe.isAnswering(LocalBackend.LOOPBACK, port)) {
                throw new IllegalStateException("port " + port + ", which " + service.name() + " listens on, is "
                        + "already taken by another program");
            }
            ProcessBuilder builder;
            if (detachedIn != null) {
                builder = Detached.processBuilder(command, log).directory(detachedIn.toFile());
            } else {
                Files.createDirectories(log.toAbsolutePath().getParent());
                builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            }
            environmentRemoved.forEach(builder.environment()::remove);
            builder.environment().putAll(environment);
            long started = System.nanoTime();
            return new ServiceProcess(this, builder.start(), started);
        }

        private void choosePorts() {
            if (port == 0) {
                port = FreePort.find();
            }
            if (managementPort == 0) {
                managementPort = FreePort.findOtherThan(port);
            }
            if (managementPort == port) {
                // Vert.x would share the port between both servers instead of failing (see FreePort).
                throw new IllegalArgumentException(
                        service.name() + ": the management port " + port + " is the public port");
            }
        }
    }

    /**
     * Makes this JVM's first readiness check (the HTTP client's selector thread and request path: a few hundred
     * milliseconds of CPU in a fresh JVM) against an address nothing answers, so that work is done before services
     * start and neither competes with their startup nor counts in their start-to-ready time.
     */
    public static void prepareReadinessChecks() {
        try {
            READINESS.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:1/"))
                            .timeout(Duration.ofSeconds(1))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException expected) {
            // nothing answers there: the point was to initialise the client
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits until {@code /q/health/ready} on the management interface answers 200: the one launch-and-wait loop.
     *
     * @return the time from starting the JVM to its first ready answer
     * @throws IllegalStateException when the service exits or is not ready in time (the service keeps running then:
     *                               the caller decides whether to stop it)
     * @throws InterruptedException  when interrupted while waiting
     */
    public Duration awaitReady(Duration timeout) throws InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .build();
        long deadline = startedNanos + timeout.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.name() + " exited with code " + process.exitValue()
                        + " during startup; its log: " + log);
            }
            try {
                if (READINESS
                                .send(ready, HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return Duration.ofNanos(System.nanoTime() - startedNanos);
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        throw new IllegalStateException(
                service.name() + " was not ready within " + timeout.toSeconds() + " s; its log: " + log);
    }

    /** The exit code once the JVM has exited, waiting up to {@code timeout}; empty while it still runs. */
    public Optional<Integer> awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)
                ? Optional.of(process.exitValue())
                : Optional.empty();
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

    public int managementPort() {
        return managementPort;
    }

    public long pid() {
        return process.pid();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** The service's console output (stdout and stderr). */
    public Path log() {
        return log;
    }

    public String baseUrl() {
        return "http://" + LocalBackend.LOOPBACK + ":" + port;
    }

    /** Where health and metrics answer, e.g. {@code http://127.0.0.1:41234} (+ {@code /q/metrics}). */
    public String managementUrl() {
        return "http://" + LocalBackend.LOOPBACK + ":" + managementPort;
    }
}
