package io.cloudsuite.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code ./suite status}: what the state file says {@code up} started, checked live: each service's readiness, each
 * recorded process whether it still runs. After a crash it names what is left and what is gone. A service {@code up}
 * could not start is listed too, with the last line of its log (usually the reason).
 */
final class Status {

    private Status() {}

    static int run(SuiteHome home) {
        Optional<SuiteState> state = SuiteState.load(home.stateFile());
        if (state.isEmpty() || state.get().isEmpty() && state.get().failures().isEmpty()) {
            System.out.println("The suite is not running (nothing recorded in " + home.stateFile() + ").");
            return 1;
        }
        if (state.get().isEmpty()) {
            System.out.println("The suite is not running: the last `./suite up` started none of its services.");
            System.out.println();
        }
        return print(home, state.get()) ? 0 : 1;
    }

    static String baseUrl(RecordedProcess service) {
        return "http://localhost:" + service.port();
    }

    /** Where the service answers health and metrics (its management interface). */
    static String managementUrl(RecordedProcess service) {
        return "http://localhost:" + service.managementPort();
    }

    /** Prints the table; true when every service asked for started, every recorded process runs and is ready. */
    static boolean print(SuiteHome home, SuiteState state) {
        boolean healthy = state.failures().isEmpty();
        SuiteTable table = new SuiteTable("SERVICE", "URL", "SWAGGER UI", "STATE");
        for (RecordedProcess service : state.processes(RecordedProcess.Role.SERVICE)) {
            String serviceState;
            if (!service.isAlive()) {
                serviceState = "gone (pid " + service.pid() + " no longer runs)";
                healthy = false;
            } else if (Http.isReady(managementUrl(service))) {
                serviceState = "ready (pid " + service.pid() + ")";
            } else {
                serviceState = "not ready (pid " + service.pid() + ")";
                healthy = false;
            }
            table.row(service.name(), baseUrl(service), baseUrl(service) + "/q/swagger-ui", serviceState);
        }
        for (SuiteState.Failure failure : state.failures()) {
            table.row(failure.service(), "-", "-", "failed to start: " + failure.reason());
        }
        table.print();
        for (SuiteState.Failure failure : state.failures()) {
            Path log = home.log(failure.service());
            // A service never started has no log of this run: an older one would mislead.
            if (!failure.reason().startsWith(Up.NOT_STARTED) && Files.isRegularFile(log)) {
                System.out.println("  " + failure.service() + "'s log ends: " + LogTail.lastLine(log));
            }
        }
        if (!state.backends().isEmpty()) {
            System.out.println();
            SuiteTable backends = new SuiteTable("BACKEND", "ADDRESS", "STATE");
            for (SuiteState.Backend backend : state.backends()) {
                backends.row(
                        backend.kind(),
                        backend.uri(),
                        backend.external()
                                ? "already answering there: used, not started or stopped by the suite"
                                : "started by the suite");
            }
            backends.print();
        }
        for (RecordedProcess process : state.processes()) {
            if (process.role() != RecordedProcess.Role.SERVICE) {
                boolean alive = process.isAlive();
                healthy &= alive;
                System.out.printf("  %s (pid %d): %s%n", describe(process), process.pid(), alive ? "running" : "gone");
            }
        }
        if (!state.complete()) {
            healthy = false;
            System.out.println("  `./suite up` has not finished: it is still starting, or it was killed halfway.");
        }
        if (!healthy) {
            System.out.println();
            System.out.println("Not everything runs as started: `./suite down` stops what is left, `./suite up` "
                    + "cleans up and starts again; `./suite logs <service>` shows why.");
        }
        return healthy;
    }

    static String describe(RecordedProcess process) {
        return switch (process.role()) {
            case SERVICE -> process.name();
            case BACKENDS -> "backends JVM";
            case BACKEND_SERVER -> "backend server " + process.name();
        };
    }
}
