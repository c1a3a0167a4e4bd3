package io.cloudsuite.backends.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the whole suite on its embedded defaults: one real local server per backend kind the services need (Redis,
 * Dynoxide for DynamoDB) on a free port, then every packaged service on its own local port, pointed at them. Stops
 * everything on Ctrl+C. Services come from the root pom's module list; naming some as arguments starts only those.
 *
 * <p>Run it from the repository root after packaging:
 * {@code ./mvnw -B package -DskipTests && java -jar local-backends/target/local-backends.jar [service ...]}.
 */
public final class SuiteLauncher {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path root;
    private final List<ServiceProcess> processes = new ArrayList<>();
    private final SuiteBackends backends = new SuiteBackends(System.out::println);

    private SuiteLauncher(Path root) {
        this.root = root;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("suite.root", ".")).toAbsolutePath().normalize();
        SuiteLauncher launcher = new SuiteLauncher(root);
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "suite-stop"));
        launcher.start(selected(SuiteModules.services(root), Arrays.asList(args)));
        System.out.println("Suite running; press Ctrl+C to stop every service and backend.");
        Thread.currentThread().join();
    }

    private static List<SuiteService> selected(List<SuiteService> services, List<String> names) {
        for (String name : names) {
            if (services.stream().noneMatch(service -> service.name().equals(name))) {
                throw new IllegalArgumentException(name + " is not a service of the root pom's modules");
            }
        }
        return names.isEmpty() ? services : services.stream().filter(s -> names.contains(s.name())).toList();
    }

    private void start(List<SuiteService> services) throws IOException, InterruptedException {
        services.forEach(backends::startFor);
        Path logs = Files.createDirectories(root.resolve("target/suite-logs"));
        for (SuiteService service : services) {
            processes.add(ServiceProcess.start(service, service.localPort(), backends.running(),
                    logs.resolve(service.name() + ".log")));
        }
        for (ServiceProcess process : processes) {
            Duration startToReady = process.awaitReady(READY_TIMEOUT);
            // The benchmarks read "ready in N ms" (start of the JVM to the first ready answer).
            System.out.printf("%-24s http://localhost:%d  (pid %d, ready in %d ms; Swagger UI: /q/swagger-ui, "
                    + "log: target/suite-logs/%s.log)%n", process.service().name(), process.port(), process.pid(),
                    startToReady.toMillis(), process.service().name());
        }
    }

    private void stop() {
        processes.forEach(ServiceProcess::stop);
        backends.stopAll();
    }
}
