package io.cloudsuite.commons.backend;

import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/** Bounds every backend call in time and turns any failure of it into a {@link BackendUnavailableException}. */
@ApplicationScoped
public class BackendCalls {

    private final BackendConfig config;

    public BackendCalls(BackendConfig config) {
        this.config = config;
    }

    public <T> Uni<T> guard(String backend, Uni<T> call) {
        return call
                .ifNoItem().after(config.timeout()).failWith(TimeoutException::new)
                .onFailure(failure -> !(failure instanceof BackendUnavailableException))
                .transform(failure -> new BackendUnavailableException(backend, describe(failure), failure));
    }

    private String describe(Throwable failure) {
        if (failure instanceof TimeoutException) {
            return "no answer within " + config.timeout().toMillis() + " ms";
        }
        return failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }
}
