package io.cloudsuite.backends.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.cloudsuite.backends.LocalBackend;
import io.cloudsuite.backends.LocalBackendKind;
import io.cloudsuite.backends.TcpProbe;

/**
 * Runs the whole suite on its embedded defaults: one real local server per backend kind the services need (Redis,
 * Dynoxide for DynamoDB) on a free port, then every packaged service on its own local port, pointed at them. Stops everything on Ctrl+C. Services come from the root pom's module list.
 *
 * <p>Run it from the repository root after packaging:
 * {@code ./mvnw -B package -DskipTests && java -jar local-backends/target/local-backends.jar}.
 */
public final class SuiteLauncher {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path root;
    private final List<Process> processes = new ArrayList<>();
    private final Map<LocalBackendKind, LocalBackend> backends = new EnumMap<>(LocalBackendKind.class);

    private SuiteLauncher(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("suite.root", ".")).toAbsolutePath().normalize();
        SuiteLauncher launcher = new SuiteLauncher(root);
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "suite-stop"));
        launcher.start(SuiteModules.services(root));
        System.out.println("Suite running; press Ctrl+C to stop every service and backend.");
        Thread.currentThread().join();
    }

    private void start(List<SuiteService> services) throws IOException, InterruptedException {
        for (SuiteService service : services) {
            for (LocalBackendKind kind : service.backends()) {
                if (!backends.containsKey(kind)) {
                    LocalBackend backend = kind.startOnFreePort();
                    backends.put(kind, backend);
                    System.out.printf("%-24s %s (%s)%n", kind.displayName(), backend.uri(),
                            backend.executableDescription());
                }
            }
        }
        Path logs = Files.createDirectories(root.resolve("target/suite-logs"));
        for (SuiteService service : services) {
            processes.add(launch(service, logs.resolve(service.name() + ".log")));
        }
        for (SuiteService service : services) {
            awaitReady(service);
            System.out.printf("%-24s http://localhost:%d  (Swagger UI: /q/swagger-ui, log: target/suite-logs/%s.log)%n",
                    service.name(), service.localPort(), service.name());
        }
    }

    private Process launch(SuiteService service, Path log) throws IOException {
        if (!Files.isRegularFile(service.runnableJar())) {
            throw new IllegalStateException(service.runnableJar() + " is missing: run ./mvnw -B package -DskipTests first");
        }
        if (TcpProbe.isAnswering("127.0.0.1", service.localPort())) {
            throw new IllegalStateException("port " + service.localPort() + " for " + service.name() + " is taken");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + service.localPort(),
                "-Dquarkus.log.console.json.enabled=false"));
        for (LocalBackendKind kind : service.backends()) {
            kind.clientConfiguration(backends.get(kind)).forEach((key, value) -> command.add("-D" + key + "=" + value));
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
        backends.values().forEach(LocalBackend::stop);
    }
}
