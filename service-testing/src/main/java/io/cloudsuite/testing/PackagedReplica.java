package io.cloudsuite.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.cloudsuite.backends.LocalBackendKind;
import io.cloudsuite.backends.suite.ServiceProcess;
import io.cloudsuite.backends.suite.SuiteService;

/**
 * One more replica of the service under test: its packaged jar ({@code target/quarkus-app/quarkus-run.jar}, built
 * by {@code package} before failsafe runs the {@code *IT}s) started as every packaged service is started
 * ({@link ServiceProcess}: the prod profile, the shared JVM flags of {@code jvm/service-jvm.options}), on free ports,
 * pointed at the same backends as the instance the test talks to. What one replica writes, the other must read: a
 * cache that another replica forgot to invalidate, or a lock held only in one JVM, shows up here.
 */
public final class PackagedReplica implements AutoCloseable {

    /** A JVM start takes 3-7 s on a quiet 2-core machine and several times that beside a full build. */
    private static final Duration READY_WITHIN = Duration.ofSeconds(120);

    private final ServiceProcess process;

    private PackagedReplica(ServiceProcess process) {
        this.process = process;
    }

    /**
     * Starts a replica of the service whose module the test runs in, and returns once its readiness check answers UP.
     *
     * @param backendAddresses the address of every backend the service needs, e.g. those the test resources started
     */
    public static PackagedReplica start(Map<LocalBackendKind, String> backendAddresses) {
        SuiteService service = SuiteService.inDirectory(Path.of(""));
        ServiceProcess process;
        try {
            Path log = Files.createTempFile(Files.createDirectories(Path.of("target")), "replica-", ".log");
            process = ServiceProcess.launch(service)
                    .backends(backendAddresses)
                    .log(log)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a replica of " + service.name(), e);
        }
        try {
            process.awaitReady(READY_WITHIN);
            return new PackagedReplica(process);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.stop();
            throw new IllegalStateException("interrupted while the replica started", e);
        } catch (IllegalStateException notReady) {
            process.stop();
            throw new IllegalStateException(notReady.getMessage() + "\n" + output(process.log()), notReady);
        }
    }

    /** Where the replica answers, e.g. {@code http://127.0.0.1:41234}. */
    public String baseUri() {
        return process.baseUrl();
    }

    public int port() {
        return process.port();
    }

    private static String output(Path log) {
        try {
            return "its output:\n" + Files.readString(log);
        } catch (IOException e) {
            return "its output is in " + log;
        }
    }

    /** Stops the replica (SIGTERM, then SIGKILL after 10 s) and waits for it to exit. */
    @Override
    public void close() {
        process.stop();
    }
}
