package io.cloudsuite.dynamodb;

import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import io.cloudsuite.commons.backend.BackendFailures;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Which DynamoDB failures are outages (503, retry later) and which are answers the service handles or bugs.
 *
 * <p>Outages: no answer in time (the SDK's api-call and attempt timeouts, a guard's timeout), no connection
 * ({@link SdkClientException}), throttling, DynamoDB's own 5xx, a table that is not there (yet), and a transaction
 * cancelled only because of throttling. Not outages: a failed condition
 * ({@code ConditionalCheckFailedException}, a transaction cancelled for its conditions or a conflicting concurrent
 * transaction), which the service answers itself, and a {@code ValidationException} or any other 4xx, which is a
 * bug in the request the code built and so a logged 500.
 */
public final class DynamoDbFailures implements BackendFailures {

    /** The one instance; it holds no state. */
    public static final DynamoDbFailures INSTANCE = new DynamoDbFailures();

    /** Cancellation reasons of a transaction that are the backend's capacity, not the request's conditions. */
    private static final Set<String> CAPACITY_REASONS = Set.of("ThrottlingError", "ProvisionedThroughputExceeded");

    private DynamoDbFailures() {}

    @Override
    public boolean isOutage(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof TimeoutException || cause instanceof SdkClientException) {
            return true; // includes ApiCallTimeoutException, ApiCallAttemptTimeoutException, refused connections
        }
        if (failedInsideTheHttpClient(cause)) {
            return true;
        }
        if (cause instanceof TransactionCanceledException cancelled) {
            return cancelled.hasCancellationReasons()
                    && !cancelled.cancellationReasons().isEmpty()
                    && cancelled.cancellationReasons().stream()
                            .map(CancellationReason::code)
                            .anyMatch(CAPACITY_REASONS::contains);
        }
        if (cause instanceof SdkServiceException service) {
            return service.statusCode() >= 500
                    || service.isThrottlingException()
                    || service instanceof ProvisionedThroughputExceededException
                    || service instanceof RequestLimitExceededException
                    || service instanceof ResourceNotFoundException;
        }
        return false;
    }

    /**
     * When the SDK's call timeout aborts a request of the URL connection client, the request's own thread may fail
     * with a {@code NullPointerException} from inside {@code HttpURLConnection} (measured here at 50 concurrent
     * calls on a saturated machine) instead of an {@code ApiCallTimeoutException}: that is a lost connection, not a
     * bug of the service. An {@link java.io.IOException} anywhere in the chain is one too.
     */
    private static boolean failedInsideTheHttpClient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.io.IOException) {
                return true;
            }
            StackTraceElement[] trace = cause.getStackTrace();
            if (trace.length > 0 && trace[0].getClassName().startsWith("sun.net.www.protocol.http.")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
