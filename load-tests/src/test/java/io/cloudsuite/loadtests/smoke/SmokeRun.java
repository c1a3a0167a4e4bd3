package io.cloudsuite.loadtests.smoke;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.cloudsuite.backends.suite.ServiceProcess;
import io.cloudsuite.backends.suite.SuiteBackends;
import io.cloudsuite.backends.suite.SuiteModules;
import io.cloudsuite.backends.suite.SuiteService;

/**
 * The smoke run of the load tests, part of {@code ./mvnw -B verify}: for every service of the root pom's module
 * list, its simulation for a few seconds at a low rate (the {@code smoke} column of {@code simulations.tsv})
 * against its packaged jar in the prod profile, with real local backends on free ports. Services run one at a time
 * (two cores: the service, its backend and Gatling already share them) and are stopped after their simulation; the
 * backends are stopped at the end. Prints which simulations ran and which did not, and why; fails when any
 * simulation's assertions fail, when a service of the module list has no simulation, or when a service does not
 * start.
 */
public final class SmokeRun {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path root;
    private final Path results;
    private final SuiteBackends backends = new SuiteBackends(line -> System.out.println("[smoke] " + line));

    private SmokeRun(Path root, Path results) {
        this.root = root;
        this.results = results;
    }

    public static void main(String[] args) throws Exception {
        Path root =
                Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
        Path results =
                Path.of(System.getProperty("load.results", "target/gatling")).toAbsolutePath();
        SmokeRun run = new SmokeRun(root, results);
        Runtime.getRuntime().addShutdownHook(new Thread(run::stopBackends, "smoke-stop-backends"));
        int failures = run.runAll();
        System.exit(failures == 0 ? 0 : 1);
    }

    private int runAll() throws IOException, InterruptedException {
        List<SuiteService> services = SuiteModules.services(root);
        List<SimulationPlan> plans = SimulationPlan.read(root.resolve("load-tests/simulations.tsv"));
        Set<String> present = services.stream().map(SuiteService::name).collect(Collectors.toSet());
        Set<String> only = selection();
        Set<String> planned = plans.stream().map(SimulationPlan::service).collect(Collectors.toSet());

        List<String> unknown =
                only.stream().filter(name -> !planned.contains(name)).sorted().toList();
        if (!unknown.isEmpty()) {
            System.out.println("[smoke] FAILED: -Dload.smoke.only names services without a simulation: " + unknown);
            return unknown.size();
        }
        List<String> missing = present.stream()
                .filter(name -> !planned.contains(name))
                .sorted()
                .toList();
        if (!missing.isEmpty()) {
            System.out.println("[smoke] FAILED: no simulation in load-tests/simulations.tsv for " + missing);
            return missing.size();
        }
        for (SimulationPlan plan : plans) {
            System.out.printf(
                    "[smoke] %-24s %s%n",
                    plan.service(),
                    !present.contains(plan.service())
                            ? "NOT RUN: not in the root pom's <modules> (yet)"
                            : only.isEmpty() || only.contains(plan.service())
                                    ? "will run " + simpleName(plan)
                                    : "NOT RUN: not selected by -Dload.smoke.only=" + String.join(",", only));
        }

        Map<String, String> outcomes = new LinkedHashMap<>();
        int failures = 0;
        for (SimulationPlan plan : plans) {
            SuiteService service = services.stream()
                    .filter(s -> s.name().equals(plan.service()))
                    .findFirst()
                    .orElse(null);
            if (service == null) {
                outcomes.put(plan.service(), "not run (not in the root pom's <modules>)");
                continue;
            }
            if (!only.isEmpty() && !only.contains(plan.service())) {
                outcomes.put(plan.service(), "not run (not selected by -Dload.smoke.only)");
                continue;
            }
            String outcome = runOne(service, plan);
            outcomes.put(plan.service(), outcome);
            if (!outcome.startsWith("passed")) {
                failures++;
            }
        }
        stopBackends();

        System.out.println("[smoke] Summary (reports under " + results + "):");
        outcomes.forEach((service, outcome) -> System.out.printf("[smoke]   %-24s %s%n", service, outcome));
        return failures;
    }

    /**
     * {@code -Dload.smoke.only=bullets-service,...} limits the run to those services (e.g. one CI leg per service);
     * unset, every service of the module list runs. Naming a service without a simulation is an error.
     */
    private static Set<String> selection() {
        String only = System.getProperty("load.smoke.only", "").strip();
        return only.isEmpty()
                ? Set.of()
                : Arrays.stream(only.split(","))
                        .map(String::strip)
                        .filter(name -> !name.isEmpty())
                        .collect(Collectors.toSet());
    }

    private String runOne(SuiteService service, SimulationPlan plan) throws IOException, InterruptedException {
        backends.startFor(service);
        Path log = Files.createDirectories(root.resolve("load-tests/target/smoke-logs"))
                .resolve(service.name() + ".log");
        ServiceProcess.Launch launch = ServiceProcess.launch(service)
                .configuration(plan.smokeService())
                .log(log);
        backends.running().forEach((kind, backend) -> launch.backend(kind, backend.uri()));
        ServiceProcess process = launch.start();
        try {
            Duration ready;
            try {
                ready = process.awaitReady(READY_TIMEOUT);
            } catch (IllegalStateException notReady) {
                System.out.println("[smoke] " + notReady.getMessage() + "; its log: " + log);
                return "FAILED: did not start (" + log + ")";
            }
            System.out.printf(
                    "[smoke] %s ready at %s in %d ms (pid %d); running %s%n",
                    service.name(), process.baseUrl(), ready.toMillis(), process.pid(), simpleName(plan));
            int exit = gatling(plan, process.baseUrl());
            return exit == 0
                    ? "passed: " + simpleName(plan)
                    : "FAILED: " + simpleName(plan) + " (exit " + exit + "; " + machineLoad() + ")";
        } finally {
            process.stop();
        }
    }

    /**
     * The machine's load when a simulation failed, so its reader can tell a saturated machine (a load well above the
     * cores: late answers, 503s past every retry) from a broken service (failed checks on an idle machine).
     */
    private static String machineLoad() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        return load < 0
                ? "no load average on this OS"
                : String.format(Locale.ROOT, "1-minute load average %.1f on %d cores", load, cores);
    }

    /** Runs the simulation in its own JVM, the way the Gatling Maven plugin does (same entry point and classpath). */
    private int gatling(SimulationPlan plan, String baseUrl) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // The Gatling Maven plugin's own defaults for Java 17 (GatlingConstants): Gatling reads JDK internals.
                "-Xmx512m",
                "-XX:MaxInlineLevel=20",
                "-XX:MaxTrivialSize=12",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "-Dload.base-url=" + baseUrl));
        plan.smoke().forEach((key, value) -> command.add("-Dload." + key + "=" + value));
        command.addAll(List.of(
                "io.gatling.app.Gatling",
                "-s",
                plan.simulationClass(),
                "-rf",
                results.toString(),
                "-rd",
                "smoke run of " + plan.service(),
                "-l",
                "load-tests smoke run"));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    private void stopBackends() {
        backends.stopAll();
    }

    private static String simpleName(SimulationPlan plan) {
        return plan.simulationClass().substring(plan.simulationClass().lastIndexOf('.') + 1);
    }
}
