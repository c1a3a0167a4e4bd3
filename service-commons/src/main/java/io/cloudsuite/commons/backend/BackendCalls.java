package io.cloudsuite.commons.backend;

import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/**
 * Bounds every backend call in time and turns its outages into a {@link BackendUnavailableException} (503 with
 * Retry-After). Which failures are outages is the backend's {@link BackendFailures}; every other failure passes
 * through unchanged, for the service to answer (e.g. a failed conditional write) or, when nothing maps it, to become
 * a logged 500.
 */
@ApplicationScoped
public class BackendCalls {

    private final BackendConfig config;

    public BackendCalls(BackendConfig config) {
        this.config = config;
    }

    /** A call to a backend whose every failure is an outage, such as Redis. */
    public <T> Uni<T> guard(String backend, Uni<T> call) {
        return guard(backend, BackendFailures.ALL_ARE_OUTAGES, call);
    }

    /** A call bounded by {@code suite.backend.timeout}; no answer in time is always an outage. */
    public <T> Uni<T> guard(String backend, BackendFailures failures, Uni<T> call) {
        return call.ifNoItem()
                .after(config.timeout())
                .failWith(TimeoutException::new)
                .onFailure(failure -> isOutage(failures, failure))
                .transform(failure -> unavailable(backend, failure));
    }

    /**
     * A blocking call, classified the same way. It is bounded by the client's own timeouts, which each backend's
     * configuration sets below {@code suite.backend.timeout}: a blocked thread cannot be abandoned safely.
     */
    public <T> T blocking(String backend, BackendFailures failures, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException failure) {
            if (isOutage(failures, failure)) {
                throw unavailable(backend, failure);
            }
            throw failure;
        }
    }

    private static boolean isOutage(BackendFailures failures, Throwable failure) {
        if (failure instanceof BackendUnavailableException) {
            return false; // already classified by an inner call
        }
        return failure instanceof TimeoutException || failures.isOutage(failure);
    }

    private BackendUnavailableException unavailable(String backend, Throwable failure) {
        return new BackendUnavailableException(backend, describe(failure), failure);
    }

    private String describe(Throwable failure) {
        if (failure instanceof TimeoutException) {
            return "no answer within " + config.timeout().toMillis() + " ms";
        }
        return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }
}
