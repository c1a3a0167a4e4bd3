package io.cloudsuite.backends.suite;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import io.cloudsuite.backends.LocalBackend;
import io.cloudsuite.backends.LocalBackendKind;

/**
 * One local server per backend kind (Redis, Dynoxide), shared by every service started beside it, each started on a
 * free port when a service first needs it. The suite launcher and the load tests' smoke run start backends here.
 */
public final class SuiteBackends {

    private final Map<LocalBackendKind, LocalBackend> running = new EnumMap<>(LocalBackendKind.class);
    private final Consumer<String> report;

    /** @param report told one line per server started (kind, address, which binary) */
    public SuiteBackends(Consumer<String> report) {
        this.report = report;
    }

    /** Starts the servers the service needs that are not running yet. */
    public synchronized void startFor(SuiteService service) {
        for (LocalBackendKind kind : service.backends()) {
            if (!running.containsKey(kind)) {
                LocalBackend backend = kind.startOnFreePort();
                running.put(kind, backend);
                report.accept(String.format(
                        "%-24s %s (%s)", kind.displayName(), backend.uri(), backend.executableDescription()));
            }
        }
    }

    /** The running servers, for {@link ServiceProcess#start}. */
    public synchronized Map<LocalBackendKind, LocalBackend> running() {
        return Collections.unmodifiableMap(new EnumMap<>(running));
    }

    public synchronized void stopAll() {
        running.values().forEach(LocalBackend::stop);
        running.clear();
    }
}
