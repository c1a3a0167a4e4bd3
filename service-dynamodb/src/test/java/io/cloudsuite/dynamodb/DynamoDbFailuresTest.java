package io.cloudsuite.dynamodb;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** One case per kind of DynamoDB failure: outage (503) or an answer the service handles / a bug (500). */
class DynamoDbFailuresTest {

    private final DynamoDbFailures failures = DynamoDbFailures.INSTANCE;

    @Test
    void aTimeoutIsAnOutage() {
        assertTrue(failures.isOutage(new TimeoutException()));
        assertTrue(failures.isOutage(ApiCallTimeoutException.create(1200)));
        assertTrue(failures.isOutage(ApiCallAttemptTimeoutException.create(500)));
    }

    @Test
    void aConnectionFailureIsAnOutage() {
        assertTrue(failures.isOutage(SdkClientException.builder()
                .message("Unable to execute HTTP request")
                .cause(new ConnectException("Connection refused"))
                .build()));
    }

    @Test
    void aRequestAbortedInsideTheUrlConnectionClientIsAnOutage() {
        NullPointerException aborted = new NullPointerException("Cannot invoke \"HttpClient.getInputStream()\"");
        aborted.setStackTrace(new StackTraceElement[] {
            new StackTraceElement(
                    "sun.net.www.protocol.http.HttpURLConnection", "getInputStream0", "HttpURLConnection.java", 1644)
        });

        assertTrue(failures.isOutage(new RuntimeException(aborted)));
        assertTrue(failures.isOutage(new java.io.UncheckedIOException(new java.io.IOException("reset"))));
    }

    @Test
    void aFailureWrappedByAnAsyncStageIsClassifiedByItsCause() {
        assertTrue(failures.isOutage(new CompletionException(SdkClientException.create("refused"))));
        assertFalse(failures.isOutage(new CompletionException(
                ConditionalCheckFailedException.builder().build())));
    }

    @Test
    void throttlingIsAnOutage() {
        assertTrue(failures.isOutage(
                ProvisionedThroughputExceededException.builder().statusCode(400).build()));
        assertTrue(failures.isOutage(
                RequestLimitExceededException.builder().statusCode(400).build()));
        assertTrue(failures.isOutage(serviceError("ThrottlingException", 400)));
    }

    @Test
    void dynamoDbsOwn5xxIsAnOutage() {
        assertTrue(failures.isOutage(
                InternalServerErrorException.builder().statusCode(500).build()));
        assertTrue(failures.isOutage(serviceError("ServiceUnavailable", 503)));
    }

    @Test
    void aMissingTableIsAnOutage() {
        assertTrue(failures.isOutage(
                ResourceNotFoundException.builder().statusCode(400).build()));
    }

    @Test
    void aFailedConditionIsAnAnswerNotAnOutage() {
        assertFalse(failures.isOutage(
                ConditionalCheckFailedException.builder().statusCode(400).build()));
    }

    @Test
    void aTransactionCancelledForItsConditionsIsAnAnswerNotAnOutage() {
        assertFalse(failures.isOutage(cancelled("None", "ConditionalCheckFailed")));
        assertFalse(failures.isOutage(cancelled("TransactionConflict")));
    }

    @Test
    void aTransactionCancelledForThrottlingIsAnOutage() {
        assertTrue(failures.isOutage(cancelled("None", "ThrottlingError")));
        assertTrue(failures.isOutage(cancelled("ProvisionedThroughputExceeded")));
    }

    @Test
    void aValidationErrorIsABugNotAnOutage() {
        assertFalse(failures.isOutage(serviceError("ValidationException", 400)));
    }

    @Test
    void aFailureOfTheServiceItselfIsNotAnOutage() {
        assertFalse(failures.isOutage(new IllegalStateException("bug")));
        assertFalse(failures.isOutage(new NullPointerException()));
    }

    private static AwsServiceException serviceError(String code, int status) {
        return DynamoDbException.builder()
                .statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode(code)
                        .errorMessage(code)
                        .build())
                .build();
    }

    private static TransactionCanceledException cancelled(String... reasonCodes) {
        return TransactionCanceledException.builder()
                .statusCode(400)
                .cancellationReasons(java.util.Arrays.stream(reasonCodes)
                        .map(code -> CancellationReason.builder().code(code).build())
                        .toList())
                .build();
    }
}
