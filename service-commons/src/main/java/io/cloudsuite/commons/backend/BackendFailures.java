package io.cloudsuite.commons.backend;

/**
 * Tells which failures of a backend call are outages (the client should retry later: 503) and which are answers the
 * service handles itself. For Redis every failure is an outage; for DynamoDB a failed conditional write is a normal
 * answer (409, 412, 429) and a validation error is a bug (500), while timeouts, connection failures, throttling and
 * the backend's own 5xx are outages.
 */
@FunctionalInterface
public interface BackendFailures {

    /** Every failure is an outage: the backend has no failure the service could answer for. */
    BackendFailures ALL_ARE_OUTAGES = failure -> true;

    boolean isOutage(Throwable failure);
}
