package io.cloudsuite.commons.backend;

/** A backend (Redis, DynamoDB, …) did not answer in time or refused the call; the client should retry later. */
public class BackendUnavailableException extends RuntimeException {

    private final String backend;

    public BackendUnavailableException(String backend, String reason, Throwable cause) {
        super(backend + " is unavailable: " + reason, cause);
        this.backend = backend;
    }

    public String backend() {
        return backend;
    }
}
