package io.cloudsuite.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import io.cloudsuite.backends.Detached;
import io.cloudsuite.backends.FreePort;
import io.cloudsuite.backends.LocalBackendKind;
import io.cloudsuite.backends.TcpProbe;
import io.cloudsuite.backends.suite.ServiceProcess;
import io.cloudsuite.backends.suite.SuiteService;

/**
 * {@code ./suite up [service...]}: builds what is missing, starts the backends the chosen services need, then the
 * services, waits until each is ready, prints the table and returns with everything running in the background.
 *
 * <p>Every process is recorded in the state file as soon as it starts. A service that fails is reported with the
 * end of its log and stopped; the others keep running. Ctrl-C (or SIGTERM) before the end stops everything this run
 * started.
 */
final class Up {

    /** How a failure reason starts when the service's JVM never ran (its log, if any, is an older run's). */
    static final String NOT_STARTED = "not started: ";

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    /** Long enough for a first fetch of Dynoxide with npm. */
    private static final Duration BACKENDS_TIMEOUT = Duration.ofSeconds(330);

    private static final int LOG_LINES = 25;

    private final SuiteHome home;
    private final SuiteState state = new SuiteState();
    /** Set by the shutdown hook: from then on nothing new starts. */
    private boolean abandoned;

    private boolean finished;

    Up(SuiteHome home) {
        this.home = home;
    }

    int run(List<String> names) {
        List<SuiteService> services = SuiteSelection.select(home, names);
        Optional<SuiteState> previous = SuiteState.load(home.stateFile());
        if (previous.isPresent() && !previous.get().isEmpty()) {
            SuiteState running = previous.get();
            if (running.complete() && running.processes().stream().allMatch(RecordedProcess::isAlive)) {
                System.out.println("The suite already runs; nothing started (`./suite down` stops it first):");
                List<String> missing = services.stream()
                        .map(SuiteService::name)
                        .filter(name -> running.service(name).isEmpty())
                        .toList();
                if (!missing.isEmpty()) {
                    System.out.println("(it runs without " + String.join(", ", missing) + ": `./suite down`, then "
                            + "`./suite up` with the services you want)");
                }
                System.out.println();
                return Status.print(home, running) ? 0 : 1;
            }
            System.out.println(
                    running.complete()
                            ? "An earlier suite is left half-running (a process was killed): stopping what is left of it first."
                            : "An earlier `./suite up` was killed before it finished: stopping what it had started first.");
            Down.stopAll(running);
            SuiteState.delete(home.stateFile());
        }
        ServiceBuild.buildWhatIsMissing(home, services);
        ServiceProcess.prepareReadinessChecks();

        Thread abandon = new Thread(this::abandon, "suite-up-interrupted");
        Runtime.getRuntime().addShutdownHook(abandon);
        Map<SuiteService, String> failures = new LinkedHashMap<>();
        Map<LocalBackendKind, String> backendAddresses = startBackends(services, failures);
        Map<SuiteService, Started> started = new LinkedHashMap<>();
        for (SuiteService service : services) {
            if (!failures.containsKey(service)) {
                startService(service, backendAddresses, started, failures);
            }
        }
        awaitReady(started, failures);
        int exit = report(services, failures);
        synchronized (this) {
            finished = true;
        }
        Runtime.getRuntime().removeShutdownHook(abandon);
        return exit;
    }

    /**
     * Starts one local server per backend kind nothing answers for yet; returns the address of every backend kind
     * in use, found or started (a kind whose servers did not start is absent).
     */
    private Map<LocalBackendKind, String> startBackends(
            List<SuiteService> services, Map<SuiteService, String> failures) {
        Map<LocalBackendKind, URI> configured = new LinkedHashMap<>();
        for (SuiteService service : services) {
            for (LocalBackendKind kind : service.backends()) {
                service.devValue(kind.addressProperty())
                        .flatMap(LocalBackendKind::firstAddress)
                        .ifPresent(address -> configured.putIfAbsent(kind, address));
            }
        }
        Map<LocalBackendKind, String> addresses = new LinkedHashMap<>();
        Map<LocalBackendKind, URI> toStart = new LinkedHashMap<>();
        configured.forEach((kind, address) -> {
            if (TcpProbe.isAnswering(address)) {
                addresses.put(kind, address.toString());
                state.add(new SuiteState.Backend(kind.displayName(), address.toString(), true));
                System.out.printf("%s: using the server that already answers at %s%n", kind.displayName(), address);
            } else {
                toStart.put(kind, onLoopback(address, FreePort.find()));
            }
        });
        save();
        if (toStart.isEmpty()) {
            return addresses;
        }
        System.out.println("Starting "
                + toStart.keySet().stream().map(LocalBackendKind::displayName).collect(Collectors.joining(", "))
                + " (log: " + home.log("backends") + ")");
        List<String> command = new ArrayList<>(
                List.of(javaExecutable(), "-cp", System.getProperty("java.class.path"), BackendsHost.class.getName()));
        toStart.forEach((kind, address) -> command.add(kind.name() + "=" + address.getPort()));
        Optional<RecordedProcess> host = spawnBackends(command);
        String failure = host.isEmpty() ? "interrupted" : awaitBackends(host.get(), toStart.values());
        if (failure != null) {
            System.out.println("FAILED backends: " + failure);
            LogTail.print(home.log("backends"), LOG_LINES);
            host.ifPresent(this::stopAndForget);
            for (SuiteService service : services) {
                if (service.backends().stream().anyMatch(toStart::containsKey)) {
                    failures.put(service, NOT_STARTED + "the backends it needs did not start");
                }
            }
            return addresses;
        }
        synchronized (this) {
            // Recorded so that `down` finds them even if the backends JVM is killed and cannot stop them itself.
            host.get()
                    .handle()
                    .ifPresent(handle -> handle.descendants()
                            .forEach(server -> state.add(RecordedProcess.of(
                                    RecordedProcess.Role.BACKEND_SERVER, programName(server), server, 0))));
            toStart.forEach((kind, address) -> {
                state.add(new SuiteState.Backend(kind.displayName(), address.toString(), false));
                addresses.put(kind, address.toString());
                System.out.printf("%s: started at %s%n", kind.displayName(), address);
            });
            save();
        }
        return addresses;
    }

    /** Waits until every backend port answers; null when they all do, else why not. */
    private static String awaitBackends(RecordedProcess host, java.util.Collection<URI> addresses) {
        Instant deadline = Instant.now().plus(BACKENDS_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (addresses.stream().allMatch(TcpProbe::isAnswering)) {
                return null;
            }
            if (!host.isAlive()) {
                return "the backends JVM (pid " + host.pid() + ") exited";
            }
            if (!pause()) {
                return "interrupted";
            }
        }
        return "not all of " + addresses + " answered within " + BACKENDS_TIMEOUT.toSeconds() + " s";
    }

    /** A service's JVM: the running process, and its record in the state file. */
    private record Started(ServiceProcess process, RecordedProcess recorded) {}

    private void startService(
            SuiteService service,
            Map<LocalBackendKind, String> backendAddresses,
            Map<SuiteService, Started> started,
            Map<SuiteService, String> failures) {
        int port = home.freePorts() ? FreePort.find() : service.localPort();
        int managementPort = home.freePorts() ? FreePort.findOtherThan(port) : service.localManagementPort();
        List<String> unaddressed = service.backends().stream()
                .filter(kind -> !backendAddresses.containsKey(kind))
                .map(LocalBackendKind::displayName)
                .toList();
        if (!unaddressed.isEmpty()) {
            failures.put(
                    service,
                    NOT_STARTED + "its dev configuration names no host:port address for "
                            + String.join(", ", unaddressed));
            return;
        }
        ServiceProcess.Launch launch = ServiceLaunch.of(
                        service, port, managementPort, backendAddresses, home.prodProfile())
                .log(home.log(service.name()))
                .detachedIn(home.root());
        try {
            spawnService(service, launch).ifPresent(process -> started.put(service, process));
        } catch (IllegalStateException portTaken) {
            failures.put(
                    service,
                    NOT_STARTED + portTaken.getMessage() + ": stop that program (or its `./suite` in "
                            + "another checkout) and run up again");
        }
    }

    /**
     * Waits for every started service at once, each on a thread of its own (so each one's start-to-ready time is its
     * own), through the one launch-and-wait loop ({@link ServiceProcess#awaitReady}). A service that exits or is not
     * ready in time is stopped and reported.
     */
    private void awaitReady(Map<SuiteService, Started> started, Map<SuiteService, String> failures) {
        ExecutorService waiters = Executors.newFixedThreadPool(Math.max(1, started.size()));
        try {
            Map<SuiteService, Future<String>> outcomes = new LinkedHashMap<>();
            started.forEach((service, process) -> outcomes.put(service, waiters.submit(() -> awaitReady(process))));
            for (Map.Entry<SuiteService, Future<String>> outcome : outcomes.entrySet()) {
                String failure = outcome.getValue().get();
                if (failure != null) {
                    failures.put(outcome.getKey(), failure);
                    stopAndForget(started.get(outcome.getKey()).recorded());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("waiting for the services failed", e.getCause());
        } finally {
            waiters.shutdownNow();
        }
    }

    /** Null once the service is ready, else why it is not. */
    private static String awaitReady(Started started) {
        try {
            Duration ready = started.process().awaitReady(READY_TIMEOUT);
            // From the launcher starting the JVM to its first ready answer, give or take one poll: the start-to-ready
            // time the benchmarks record (benchmarks/wrk.sh reads this line). Not the OS's start time of the process:
            // the JDK derives it from the boot time in /proc/stat, which has whole seconds only, so it read up to a
            // second early (0.7 s on the machine that found it).
            System.out.printf(
                    "%s: ready %d ms after its JVM started%n",
                    started.recorded().name(), ready.toMillis());
            return null;
        } catch (IllegalStateException notReady) {
            return notReady.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private int report(List<SuiteService> services, Map<SuiteService, String> failures) {
        failures.forEach((service, why) -> {
            System.out.println();
            System.out.println("FAILED " + service.name() + ": " + why);
            if (!why.startsWith(NOT_STARTED)) {
                LogTail.print(home.log(service.name()), LOG_LINES);
            }
        });
        synchronized (this) {
            if (state.processes(RecordedProcess.Role.SERVICE).isEmpty()) {
                // Nothing to serve: stop the backends too rather than leave them behind; keep only why, for status.
                Down.stopAll(state);
                SuiteState failedOnly = new SuiteState();
                failures.forEach((service, why) -> failedOnly.add(new SuiteState.Failure(service.name(), why)));
                failedOnly.markComplete();
                failedOnly.save(home.stateFile());
                System.out.println();
                System.out.println("No service started; nothing is left running.");
                return 1;
            }
            // Kept for `./suite status`, which lists them beside what runs.
            failures.forEach((service, why) -> state.add(new SuiteState.Failure(service.name(), why)));
            state.markComplete();
            save();
        }
        System.out.println();
        boolean healthy = Status.print(home, state);
        System.out.println();
        System.out.println("Logs: " + home.log("<service>") + " (`./suite logs <service>` follows one). "
                + "Stop everything with `./suite down`.");
        return failures.isEmpty() && healthy ? 0 : 1;
    }

    /** Starts the backends JVM and records it at once; empty when Ctrl-C came first. */
    private synchronized Optional<RecordedProcess> spawnBackends(List<String> command) {
        if (abandoned) {
            return Optional.empty();
        }
        try {
            Process host = Detached.start(command, home.log("backends"), home.root());
            return Optional.of(
                    record(RecordedProcess.of(RecordedProcess.Role.BACKENDS, "backends", host.toHandle(), 0)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the backends JVM", e);
        }
    }

    /** Starts a service and records it at once; empty when Ctrl-C came first. */
    private synchronized Optional<Started> spawnService(SuiteService service, ServiceProcess.Launch launch) {
        if (abandoned) {
            return Optional.empty();
        }
        try {
            ServiceProcess process = launch.start();
            return Optional.of(new Started(
                    process,
                    record(RecordedProcess.of(
                            RecordedProcess.Role.SERVICE,
                            service.name(),
                            process.handle(),
                            process.port(),
                            process.managementPort()))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service.name(), e);
        }
    }

    private synchronized RecordedProcess record(RecordedProcess process) {
        state.add(process);
        save();
        return process;
    }

    private synchronized void stopAndForget(RecordedProcess process) {
        process.stop(Duration.ofSeconds(15));
        state.remove(process);
        save();
    }

    /** The shutdown hook: Ctrl-C or SIGTERM before up finished stops everything this run started. */
    private void abandon() {
        synchronized (this) {
            if (finished) {
                return;
            }
            abandoned = true;
        }
        System.out.println();
        System.out.println("Interrupted: stopping what this run started.");
        Down.stopAll(state);
        SuiteState.delete(home.stateFile());
    }

    private synchronized void save() {
        state.save(home.stateFile());
    }

    private static URI onLoopback(URI configured, int port) {
        return URI.create(configured.getScheme() + "://127.0.0.1:" + port);
    }

    private static String programName(ProcessHandle process) {
        // Linux's own name for it first: Debian's redis-server is a link to redis-check-rdb, which command() names.
        try {
            return Files.readString(Path.of("/proc", Long.toString(process.pid()), "comm"))
                    .strip();
        } catch (IOException | UncheckedIOException notLinux) {
            return process.info()
                    .command()
                    .map(command -> Path.of(command).getFileName().toString())
                    .orElse("server");
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static boolean pause() {
        try {
            Thread.sleep(250);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
