package io.cloudsuite.commons.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

/** Which failures of a backend call become a 503 and which reach the service unchanged. */
class BackendCallsTest {

    private static final BackendFailures REFUSALS_ARE_ANSWERS = failure -> !(failure instanceof Refused);

    private final BackendCalls calls = new BackendCalls(new BackendConfig() {
        @Override
        public Duration timeout() {
            return Duration.ofMillis(100);
        }

        @Override
        public Duration retryAfter() {
            return Duration.ofSeconds(1);
        }
    });

    /** Stands for a backend's normal "no" (a failed conditional write). */
    private static final class Refused extends RuntimeException {}

    @Test
    void everyFailureOfAnAllOutagesBackendIsAnOutage() {
        var failure = assertThrows(
                BackendUnavailableException.class,
                () -> calls.guard("Redis", Uni.createFrom().failure(new Refused()))
                        .await()
                        .indefinitely());
        assertEquals("Redis", failure.backend());
        assertInstanceOf(Refused.class, failure.getCause());
    }

    @Test
    void aRefusalPassesThroughUnchanged() {
        Refused refused = new Refused();
        var failure = assertThrows(
                Refused.class,
                () -> calls.guard(
                                "DynamoDB",
                                REFUSALS_ARE_ANSWERS,
                                Uni.createFrom().failure(refused))
                        .await()
                        .indefinitely());
        assertSame(refused, failure);
    }

    @Test
    void anOutageTheClassifierNamesIsUnavailable() {
        var failure = assertThrows(
                BackendUnavailableException.class,
                () -> calls.guard(
                                "DynamoDB",
                                REFUSALS_ARE_ANSWERS,
                                Uni.createFrom().failure(new IllegalStateException("connection refused")))
                        .await()
                        .indefinitely());
        assertInstanceOf(IllegalStateException.class, failure.getCause());
    }

    @Test
    void noAnswerInTimeIsAnOutageWhateverTheClassifierSays() {
        var failure = assertThrows(
                BackendUnavailableException.class,
                () -> calls.guard(
                                "DynamoDB", failure1 -> false, Uni.createFrom().nothing())
                        .await()
                        .indefinitely());
        assertInstanceOf(TimeoutException.class, failure.getCause());
    }

    @Test
    void anInnerCallAlreadyClassifiedIsNotWrappedTwice() {
        var inner = new BackendUnavailableException("Redis", "down", null);
        var failure = assertThrows(
                BackendUnavailableException.class,
                () -> calls.guard("DynamoDB", Uni.createFrom().failure(inner))
                        .await()
                        .indefinitely());
        assertSame(inner, failure);
    }

    @Test
    void aBlockingCallIsClassifiedTheSameWay() {
        assertEquals("ok", calls.blocking("DynamoDB", REFUSALS_ARE_ANSWERS, () -> "ok"));
        Refused refused = new Refused();
        assertSame(
                refused,
                assertThrows(
                        Refused.class,
                        () -> calls.blocking("DynamoDB", REFUSALS_ARE_ANSWERS, () -> {
                            throw refused;
                        })));
        assertThrows(
                BackendUnavailableException.class,
                () -> calls.blocking("DynamoDB", REFUSALS_ARE_ANSWERS, () -> {
                    throw new IllegalStateException("connection refused");
                }));
    }
}
