package io.cloudsuite.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A process {@code ./suite up} started, as the state file records it. The start time guards against PID reuse:
 * after a reboot or a long crash, another program with the same PID is never mistaken for ours, never stopped.
 *
 * @param role          what it is
 * @param name          the service's module name, {@code backends}, or the backend server's program name
 * @param pid           its process id
 * @param startedMillis when the OS says it started (epoch millis), 0 when the OS does not say
 * @param port          the port it answers on (a service's HTTP port), 0 for none
 * @param managementPort a service's management interface port (health, metrics), 0 for none
 */
record RecordedProcess(Role role, String name, long pid, long startedMillis, int port, int managementPort) {

    enum Role {
        /** A packaged service. */
        SERVICE,
        /** The JVM holding the local backend servers (Redis, Dynoxide) the suite started. */
        BACKENDS,
        /** A server process under the backends JVM, recorded so that it is found even if that JVM is killed. */
        BACKEND_SERVER
    }

    static RecordedProcess of(Role role, String name, ProcessHandle handle, int port) {
        return of(role, name, handle, port, 0);
    }

    static RecordedProcess of(Role role, String name, ProcessHandle handle, int port, int managementPort) {
        return new RecordedProcess(role, name, handle.pid(), startMillis(handle), port, managementPort);
    }

    /** The live process this record names, if it still runs. */
    Optional<ProcessHandle> handle() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> startedMillis == 0 || startMillis(handle) == startedMillis);
    }

    boolean isAlive() {
        return handle().isPresent();
    }

    /**
     * SIGTERM, then SIGKILL if it has not exited within {@code grace}. Returns false when it was already gone.
     */
    boolean stop(Duration grace) {
        Optional<ProcessHandle> handle = handle();
        if (handle.isEmpty()) {
            return false;
        }
        CompletableFuture<ProcessHandle> exited = handle.get().onExit();
        handle.get().destroy();
        if (!awaitExit(exited, grace)) {
            handle.get().destroyForcibly();
            awaitExit(exited, Duration.ofSeconds(5));
        }
        return true;
    }

    Path log(SuiteHome home) {
        return home.log(name);
    }

    private static boolean awaitExit(CompletableFuture<ProcessHandle> exited, Duration timeout) {
        try {
            exited.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long startMillis(ProcessHandle handle) {
        return handle.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }
}
