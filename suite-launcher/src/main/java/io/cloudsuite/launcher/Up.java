package io.cloudsuite.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.cloudsuite.backends.FreePort;
import io.cloudsuite.backends.LocalBackendKind;
import io.cloudsuite.backends.TcpProbe;
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

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    /** Short, so the start-to-ready time it reports is close to the truth. */
    private static final Duration READY_POLL = Duration.ofMillis(20);
    /** Long enough for a first fetch of Dynoxide with npm. */
    private static final Duration BACKENDS_TIMEOUT = Duration.ofSeconds(330);
    private static final int LOG_LINES = 25;

    private final SuiteHome home;
    private final SuiteState state = new SuiteState();
    /** When each service's JVM was started ({@link System#nanoTime()}), for its start-to-ready time. */
    private final Map<SuiteService, Long> spawnedNanos = new HashMap<>();
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
                List<String> missing = services.stream().map(SuiteService::name)
                        .filter(name -> running.service(name).isEmpty()).toList();
                if (!missing.isEmpty()) {
                    System.out.println("(it runs without " + String.join(", ", missing) + ": `./suite down`, then "
                            + "`./suite up` with the services you want)");
                }
                System.out.println();
                return Status.print(running) ? 0 : 1;
            }
            System.out.println(running.complete()
                    ? "An earlier suite is left half-running (a process was killed): stopping what is left of it first."
                    : "An earlier `./suite up` was killed before it finished: stopping what it had started first.");
            Down.stopAll(running);
            SuiteState.delete(home.stateFile());
        }
        ServiceBuild.buildWhatIsMissing(home, services);
        Http.warmUp();

        Thread abandon = new Thread(this::abandon, "suite-up-interrupted");
        Runtime.getRuntime().addShutdownHook(abandon);
        Map<SuiteService, String> failures = new LinkedHashMap<>();
        Map<LocalBackendKind, String> backendAddresses = startBackends(services, failures);
        Map<SuiteService, RecordedProcess> started = new LinkedHashMap<>();
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
    private Map<LocalBackendKind, String> startBackends(List<SuiteService> services, Map<SuiteService, String> failures) {
        Map<LocalBackendKind, URI> configured = new LinkedHashMap<>();
        for (SuiteService service : services) {
            for (LocalBackendKind kind : service.backends()) {
                service.devValue(kind.addressProperty()).flatMap(LocalBackendKind::firstAddress)
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
        System.out.println("Starting " + toStart.keySet().stream().map(LocalBackendKind::displayName)
                .collect(Collectors.joining(", ")) + " (log: " + home.log("backends") + ")");
        List<String> command = new ArrayList<>(List.of(javaExecutable(),
                "-cp", System.getProperty("java.class.path"), BackendsHost.class.getName()));
        toStart.forEach((kind, address) -> command.add(kind.name() + "=" + address.getPort()));
        Optional<RecordedProcess> host = spawn(RecordedProcess.Role.BACKENDS, "backends", command, 0);
        String failure = host.isEmpty() ? "interrupted" : awaitBackends(host.get(), toStart.values());
        if (failure != null) {
            System.out.println("FAILED backends: " + failure);
            LogTail.print(home.log("backends"), LOG_LINES);
            host.ifPresent(this::stopAndForget);
            for (SuiteService service : services) {
                if (service.backends().stream().anyMatch(toStart::containsKey)) {
                    failures.put(service, "not started: the backends it needs did not start");
                }
            }
            return addresses;
        }
        synchronized (this) {
            // Recorded so that `down` finds them even if the backends JVM is killed and cannot stop them itself.
            host.get().handle().ifPresent(handle -> handle.descendants().forEach(server -> state.add(
                    RecordedProcess.of(RecordedProcess.Role.BACKEND_SERVER, programName(server), server, 0))));
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

    private void startService(SuiteService service, Map<LocalBackendKind, String> backendAddresses,
            Map<SuiteService, RecordedProcess> started, Map<SuiteService, String> failures) {
        int port = home.freePorts() ? FreePort.find() : service.localPort();
        int managementPort = home.freePorts() ? FreePort.findOtherThan(port) : service.localManagementPort();
        if (TcpProbe.isAnswering("127.0.0.1", port)) {
            failures.put(service, "port " + port + ", which " + service.name() + " listens on, is already taken by "
                    + "another program: stop that program (or its `./suite` in another checkout) and run up again");
            return;
        }
        List<String> unaddressed = service.backends().stream().filter(kind -> !backendAddresses.containsKey(kind))
                .map(LocalBackendKind::displayName).toList();
        if (!unaddressed.isEmpty()) {
            failures.put(service, "not started: its dev configuration names no host:port address for "
                    + String.join(", ", unaddressed));
            return;
        }
        long spawnedAt = System.nanoTime();
        spawn(RecordedProcess.Role.SERVICE, service.name(),
                ServiceLaunch.command(service, port, managementPort, backendAddresses, home.prodProfile()), port,
                managementPort)
                .ifPresent(process -> {
                    started.put(service, process);
                    spawnedNanos.put(service, spawnedAt);
                });
    }

    /** Polls every started service until it is ready, has exited, or the time is up. */
    private void awaitReady(Map<SuiteService, RecordedProcess> started, Map<SuiteService, String> failures) {
        Map<SuiteService, RecordedProcess> pending = new LinkedHashMap<>(started);
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (!pending.isEmpty()) {
            for (Map.Entry<SuiteService, RecordedProcess> entry : List.copyOf(pending.entrySet())) {
                RecordedProcess process = entry.getValue();
                if (!process.isAlive()) {
                    failures.put(entry.getKey(), "exited during startup");
                } else if (Http.isReady(Status.managementUrl(process))) {
                    pending.remove(entry.getKey());
                    // From the launcher starting the JVM to its first ready answer, give or take one poll: the
                    // start-to-ready time the benchmarks record (benchmarks/wrk.sh reads this line). Not the OS's
                    // start time of the process: the JDK derives it from the boot time in /proc/stat, which has whole
                    // seconds only, so it read up to a second early (0.7 s on the machine that found it).
                    System.out.printf("%s: ready %d ms after its JVM started%n", entry.getKey().name(),
                            Duration.ofNanos(System.nanoTime() - spawnedNanos.get(entry.getKey())).toMillis());
                    continue;
                } else if (Instant.now().isAfter(deadline)) {
                    failures.put(entry.getKey(), "not ready within " + READY_TIMEOUT.toSeconds() + " s");
                } else {
                    continue;
                }
                pending.remove(entry.getKey());
                stopAndForget(process);
            }
            if (!pending.isEmpty() && !pause(READY_POLL)) {
                return;
            }
        }
    }

    private int report(List<SuiteService> services, Map<SuiteService, String> failures) {
        failures.forEach((service, why) -> {
            System.out.println();
            System.out.println("FAILED " + service.name() + ": " + why);
            if (!why.startsWith("not started") && !why.startsWith("port ")) {
                LogTail.print(home.log(service.name()), LOG_LINES);
            }
        });
        synchronized (this) {
            if (state.processes(RecordedProcess.Role.SERVICE).isEmpty()) {
                // Nothing to serve: stop the backends too rather than leave them behind.
                Down.stopAll(state);
                SuiteState.delete(home.stateFile());
                System.out.println();
                System.out.println("No service started; nothing is left running.");
                return 1;
            }
            state.markComplete();
            save();
        }
        System.out.println();
        boolean healthy = Status.print(state);
        System.out.println();
        System.out.println("Logs: " + home.log("<service>") + " (`./suite logs <service>` follows one). "
                + "Stop everything with `./suite down`.");
        return failures.isEmpty() && healthy ? 0 : 1;
    }

    /** Starts a detached process and records it at once; empty when Ctrl-C came first. */
    private synchronized Optional<RecordedProcess> spawn(RecordedProcess.Role role, String name, List<String> command,
            int port) {
        return spawn(role, name, command, port, 0);
    }

    /** The same, for a service with a management interface on {@code managementPort}. */
    private synchronized Optional<RecordedProcess> spawn(RecordedProcess.Role role, String name, List<String> command,
            int port, int managementPort) {
        if (abandoned) {
            return Optional.empty();
        }
        try {
            Process process = Detached.start(command, home.log(name), home.root());
            RecordedProcess recorded = RecordedProcess.of(role, name, process.toHandle(), port, managementPort);
            state.add(recorded);
            save();
            return Optional.of(recorded);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
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
            return Files.readString(Path.of("/proc", Long.toString(process.pid()), "comm")).strip();
        } catch (IOException | UncheckedIOException notLinux) {
            return process.info().command().map(command -> Path.of(command).getFileName().toString()).orElse("server");
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static boolean pause() {
        return pause(Duration.ofMillis(250));
    }

    private static boolean pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
