package io.cloudsuite.loadtests;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * What a real client does with a 503 (the service shed the request, or its backend answered late): waits the
 * {@code Retry-After} it was given and sends the same request again, a bounded number of times. A loaded machine
 * (a smoke run sharing two cores with a build) gets an occasional 503 that the next attempt gets past; a broken
 * service answers 503 every time, and the last attempt then fails the run, as does any other unexpected status.
 * A 503 that an attempt gets past is an OK response in the statistics (it is part of the contract), not a failure.
 *
 * <p>Only requests that are safe to repeat go through here: reads, creates with an {@code Idempotency-Key}, and
 * conditional writes whose retry tells "already applied" apart ({@code onRetry} statuses, e.g. 412 for an update
 * with the ETag it has just replaced; the simulation then reads the resource to confirm its own write).
 */
final class Retries {

    /** The status of the last attempt, for the checks and steps after the loop. */
    static final String STATUS = "retries.status";

    private static final String ATTEMPT = "retries.attempt";
    private static final String RETRY_AFTER = "retries.retryAfter";
    private static final int UNAVAILABLE = 503;
    /** When a 503 comes without Retry-After (the suite's services always send it). */
    private static final Duration DEFAULT_PAUSE = Duration.ofSeconds(1);

    private Retries() {}

    /** How many times a request is sent at most (parameter {@code attempts}). */
    static int attempts() {
        return LoadParameters.integer("attempts", 5);
    }

    /**
     * The checks a retried request starts with: its status saved, one of {@code expected} (or {@code onRetry} from
     * the second attempt on), or 503 while attempts remain; its Retry-After kept for the pause.
     */
    static CheckBuilder[] statusChecks(int attempts, List<Integer> expected, List<Integer> onRetry) {
        return new CheckBuilder[] {
            status().saveAs(STATUS),
            status().in(session -> allowed(session, attempts, expected, onRetry)),
            header("Retry-After").optional().saveAs(RETRY_AFTER)
        };
    }

    /** Sends {@code request} (whose checks start with {@link #statusChecks}) until it gets past 503s. */
    static ChainBuilder untilPast503(int attempts, HttpRequestActionBuilder request) {
        return exec(session -> session.set(ATTEMPT, 0).remove(STATUS))
                .asLongAs(session -> session.getInt(ATTEMPT) < attempts
                        && (!session.contains(STATUS) || session.getInt(STATUS) == UNAVAILABLE))
                .on(
                        exec(session -> session.set(ATTEMPT, session.getInt(ATTEMPT) + 1)),
                        exec(pause(Retries::pauseBeforeAttempt)),
                        exec(session -> session.remove(RETRY_AFTER)),
                        exec(request));
    }

    /** True when the last attempt answered {@code status} (e.g. 412 on a retried update). */
    static boolean lastStatusWas(Session session, int status) {
        return session.contains(STATUS) && session.getInt(STATUS) == status;
    }

    private static List<Integer> allowed(Session session, int attempts, List<Integer> expected, List<Integer> onRetry) {
        int attempt = session.getInt(ATTEMPT);
        List<Integer> statuses = new ArrayList<>(expected);
        if (attempt > 1) {
            statuses.addAll(onRetry);
        }
        if (attempt < attempts) {
            statuses.add(UNAVAILABLE);
        }
        return statuses;
    }

    private static Duration pauseBeforeAttempt(Session session) {
        if (session.getInt(ATTEMPT) == 1) {
            return Duration.ZERO;
        }
        if (!session.contains(RETRY_AFTER)) {
            return DEFAULT_PAUSE;
        }
        try {
            return Duration.ofSeconds(
                    Long.parseLong(session.getString(RETRY_AFTER).trim()));
        } catch (NumberFormatException e) {
            // An HTTP date is allowed too; the suite's services send seconds, so a date only costs the default.
            return DEFAULT_PAUSE;
        }
    }
}
