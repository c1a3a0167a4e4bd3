package io.cloudsuite.backends.suite;

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

import io.cloudsuite.backends.LocalRedisServer;
import io.cloudsuite.backends.TcpProbe;

/**
 * Runs the whole suite on its embedded defaults: one real local Redis on a free port, then every packaged service
 * on its own local port, pointed at it. Stops everything on Ctrl+C. Services come from the root pom's module list.
 *
 * <p>Run it after packaging: {@code ./mvnw -B package -DskipTests && java -jar local-backends/target/local-backends.jar}.
 * The repository is the one the jar was built in, whatever the current folder ({@code -Dsuite.root=<dir>} to choose
 * another). A launcher killed without cleanup (SIGKILL) leaves its services and Redis running: the next launch stops
 * them first ({@link LeftoverProcesses}).
 */
public final class SuiteLauncher {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path root;
    private final LeftoverProcesses leftovers;
    private final List<Process> processes = new ArrayList<>();
    private LocalRedisServer redis;

    private SuiteLauncher(Path root) {
        this.root = root;
        this.leftovers = new LeftoverProcesses(root.resolve("target/suite-logs/suite.pids"));
    }

    public static void main(String[] args) throws Exception {
        Path root = repositoryRoot(System.getProperty("suite.root"), SuiteLauncher.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI());
        SuiteLauncher launcher = new SuiteLauncher(root);
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "suite-stop"));
        try {
            launcher.start(servicesOf(root));
        } catch (IllegalStateException | UncheckedIOException e) {
            // A message the user can act on, not a stack trace; the shutdown hook stops what did start.
            System.err.println("Suite not started: " + e.getMessage());
            System.exit(1);
        }
        System.out.println("Suite running; press Ctrl+C to stop every service and backend.");
        Thread.currentThread().join();
    }

    /**
     * The repository to run: {@code suite.root} when given, else the one whose {@code local-backends/target/} holds
     * this jar, so the launcher works from any folder.
     */
    static Path repositoryRoot(String configured, URI launcherLocation) {
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path jar = Path.of(launcherLocation).toAbsolutePath().normalize();
        Path target = jar.getParent();
        if (target == null || target.getParent() == null || target.getParent().getParent() == null) {
            throw new IllegalStateException("cannot tell the repository from the launcher's location " + jar
                    + "; pass -Dsuite.root=<repository folder>");
        }
        return target.getParent().getParent();
    }

    /** The services to run; an error that says what to do when the root is not the suite's repository. */
    static List<SuiteService> servicesOf(Path root) {
        if (!Files.isRegularFile(root.resolve("pom.xml"))) {
            throw new IllegalStateException(root + " has no pom.xml: pass -Dsuite.root=<repository folder>");
        }
        List<SuiteService> services = SuiteModules.services(root);
        if (services.isEmpty()) {
            throw new IllegalStateException(root.resolve("pom.xml") + " lists no *-service module: "
                    + "pass -Dsuite.root=<repository folder>");
        }
        return services;
    }

    private void start(List<SuiteService> services) throws IOException, InterruptedException {
        Path logs = Files.createDirectories(root.resolve("target/suite-logs"));
        int stopped = leftovers.stopLeftovers();
        if (stopped > 0) {
            System.out.printf("Stopped %d process(es) left running by an earlier launcher that was killed%n", stopped);
        }
        for (SuiteService service : services) {
            requireJar(service);
        }
        if (services.stream().anyMatch(SuiteService::usesRedis)) {
            redis = LocalRedisServer.startOnFreePort();
            System.out.printf("Redis    %s (%s)%n", redis.uri(), redis.executableDescription());
        }
        for (SuiteService service : services) {
            processes.add(launch(service, logs.resolve(service.name() + ".log")));
            leftovers.recordChildrenOf(ProcessHandle.current());
        }
        for (SuiteService service : services) {
            awaitReady(service);
            System.out.printf("%-24s http://localhost:%d  (Swagger UI: /q/swagger-ui, log: target/suite-logs/%s.log)%n",
                    service.name(), service.localPort(), service.name());
        }
    }

    private static void requireJar(SuiteService service) {
        if (!Files.isRegularFile(service.runnableJar())) {
            throw new IllegalStateException(service.runnableJar() + " is missing: run ./mvnw -B package -DskipTests first");
        }
    }

    private Process launch(SuiteService service, Path log) throws IOException {
        if (TcpProbe.isAnswering("127.0.0.1", service.localPort())) {
            throw new IllegalStateException("port " + service.localPort() + " for " + service.name() + " is taken by "
                    + "another program (dev mode, or a service started by hand?); stop it and start the suite again");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + service.localPort(),
                "-Dquarkus.log.console.json.enabled=false"));
        if (service.usesRedis()) {
            command.add("-Dquarkus.redis.hosts=" + redis.uri());
        }
        command.addAll(List.of("-jar", service.runnableJar().toString()));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static void awaitReady(SuiteService service) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + service.localPort() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(service.name() + " was not ready within " + READY_TIMEOUT.toSeconds()
                + " s; see target/suite-logs/" + service.name() + ".log");
    }

    private void stop() {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (redis != null) {
            redis.stop();
        }
        leftovers.forget();
    }
}
