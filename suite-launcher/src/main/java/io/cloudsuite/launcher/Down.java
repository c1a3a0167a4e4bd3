package io.cloudsuite.launcher;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.cloudsuite.backends.TcpProbe;

/**
 * {@code ./suite down}: stops exactly the processes the state file records, by PID (services first, then the
 * backends), and returns once their ports are free. Processes that are already gone are reported, not an error.
 */
final class Down {

    private static final Duration SERVICE_GRACE = Duration.ofSeconds(20);
    private static final Duration BACKEND_GRACE = Duration.ofSeconds(15);
    private static final Duration PORTS_FREE_TIMEOUT = Duration.ofSeconds(20);

    private Down() {}

    static int run(SuiteHome home) {
        Optional<SuiteState> state = SuiteState.load(home.stateFile());
        if (state.isEmpty() || state.get().isEmpty()) {
            SuiteState.delete(home.stateFile());
            System.out.println("The suite is not running: nothing to stop.");
            return 0;
        }
        boolean portsFree = stopAll(state.get());
        SuiteState.delete(home.stateFile());
        System.out.println(
                portsFree
                        ? "Suite stopped; its ports are free."
                        : "Suite stopped, but a port is still taken (see above).");
        return portsFree ? 0 : 1;
    }

    /** Stops every recorded process; true when all their ports are free afterwards. */
    static boolean stopAll(SuiteState state) {
        stopInParallel(state.processes(RecordedProcess.Role.SERVICE), SERVICE_GRACE);
        stopInParallel(state.processes(RecordedProcess.Role.BACKENDS), BACKEND_GRACE);
        // Only left when the backends JVM was killed outright and could not stop its servers itself.
        stopInParallel(state.processes(RecordedProcess.Role.BACKEND_SERVER), BACKEND_GRACE);
        return awaitPortsFree(ports(state));
    }

    private static void stopInParallel(List<RecordedProcess> processes, Duration grace) {
        List<CompletableFuture<Void>> stops = new ArrayList<>();
        for (RecordedProcess process : processes) {
            stops.add(CompletableFuture.runAsync(() -> {
                boolean wasRunning = process.stop(grace);
                System.out.printf(
                        "%s %s (pid %d)%n",
                        wasRunning ? "stopped" : "already gone:", Status.describe(process), process.pid());
            }));
        }
        stops.forEach(CompletableFuture::join);
    }

    private static List<Integer> ports(SuiteState state) {
        List<Integer> ports = new ArrayList<>();
        state.processes(RecordedProcess.Role.SERVICE).forEach(service -> ports.add(service.port()));
        state.backends().stream()
                .filter(backend -> !backend.external())
                .forEach(backend -> ports.add(URI.create(backend.uri()).getPort()));
        return ports;
    }

    private static boolean awaitPortsFree(List<Integer> ports) {
        Instant deadline = Instant.now().plus(PORTS_FREE_TIMEOUT);
        List<Integer> busy = ports;
        while (true) {
            busy = busy.stream()
                    .filter(port -> TcpProbe.isAnswering("127.0.0.1", port))
                    .toList();
            if (busy.isEmpty()) {
                return true;
            }
            if (Instant.now().isAfter(deadline)) {
                System.out.println("port(s) " + busy + " still answer " + PORTS_FREE_TIMEOUT.toSeconds()
                        + " s after the suite's processes stopped: another program holds them");
                return false;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
