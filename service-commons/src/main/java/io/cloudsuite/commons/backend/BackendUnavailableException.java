package io.cloudsuite.commons.backend;

/**
 * A backend (Redis, DynamoDB, …) did not answer in time or refused the call; the client should retry later.
 *
 * <p>A backend that answers late may still carry a write out, so a 503 to a write request says the write may have
 * been applied, unless the service marks the failure {@link #nothingChanged()}: it happened before the request
 * sent any write (a read that comes first, say).
 */
public class BackendUnavailableException extends RuntimeException {

    private final String backend;
    private final boolean nothingChanged;

    public BackendUnavailableException(String backend, String reason, Throwable cause) {
        this(backend, reason, cause, false);
    }

    private BackendUnavailableException(String backend, String reason, Throwable cause, boolean nothingChanged) {
        super(backend + " is unavailable: " + reason, cause);
        this.backend = backend;
        this.nothingChanged = nothingChanged;
    }

    /** The same outage, known to have come before this request sent any write to any backend. */
    public BackendUnavailableException nothingChanged() {
        BackendUnavailableException marked = new BackendUnavailableException(
                backend, getMessage().substring(backend.length() + " is unavailable: ".length()), getCause(), true);
        marked.setStackTrace(getStackTrace());
        return marked;
    }

    public String backend() {
        return backend;
    }

    /** Whether the service knows this request changed nothing (else a write request may have been applied). */
    public boolean isNothingChanged() {
        return nothingChanged;
    }
}
