package io.cloudsuite.testing;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.cloudsuite.testing.RawHttp.Answer;

/**
 * What one unauthenticated client tried against every service (issue 31), kept as tests: each leaves the service up
 * and answering, with a problem+json 4xx/5xx where it must refuse. A service's {@code AbuseIT} extends this with
 * {@code @QuarkusIntegrationTest} and {@code @TestProfile(AbuseLimits.class)}, so it runs against the packaged jar
 * (prod profile, the image's JVM flags) with deadlines of a second; its own reproductions (stored strings, counters)
 * sit beside these.
 *
 * <p>Bounded: at most {@value #HOLDERS} connections at once, every wait capped at a few seconds.
 */
public abstract class AbuseTest {

    /** Enough connections to fill {@link AbuseLimits#MAX_IN_FLIGHT} and, at 1 MiB each, far more than the heap. */
    protected static final int HOLDERS = AbuseLimits.MAX_IN_FLIGHT;

    private static final int MIB = 1024 * 1024;
    /** How long the holders may take to fill the in-flight bound, or their closing to empty it: below 10 s. */
    private static final Duration FILL_DEADLINE = Duration.ofSeconds(8);
    /** Comfortably longer than the profile's 1 s deadlines. */
    private static final int WELL_PAST_A_DEADLINE_MILLIS = 5_000;

    private final List<Socket> held = new ArrayList<>();

    @AfterEach
    void hangUp() {
        held.forEach(AbuseTest::closeQuietly);
        held.clear();
    }

    /**
     * Issue 31, item 1: a reservation of the declared size per connection (160 x 1 MiB filled the 160 MiB heap, the
     * JVM exited). Headers declaring bodies at the limit, then nothing: nothing may be reserved for them.
     */
    @Test
    void bodiesDeclaredAtTheLimitAndNeverSentCostNothing() {
        for (int i = 0; i < HOLDERS; i++) {
            hold("POST /ping HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + MIB + "\r\n\r\n");
        }
        assertStillAnswering(held.get(held.size() - 1));
        hangUp();
        assertServing();
    }

    /**
     * Bodies that do arrive are held within the replica's budget: once {@link AbuseLimits#BODY_BUDGET} bytes are
     * held, a body that would go past it is refused at once (503, Retry-After), not buffered.
     */
    @Test
    void bodiesPastTheReplicasBudgetAreRefusedAtOnce() {
        int connections = 40;
        String part = "x".repeat(64 * 1024);
        for (int i = 0; i < connections; i++) {
            Socket socket = hold("POST /ping HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + MIB + "\r\n\r\n");
            RawHttp.send(socket, part);
        }
        sleep(500);
        int refused = 0;
        for (Socket socket : held) {
            // Refusals are sent at once: any answer is there by now; a body still being read has none.
            Answer answer = RawHttp.answer(socket, 100);
            if (answer.status() == 503) {
                assertProblemAnswer(answer, 503);
                assertEquals("1", answer.header("Retry-After"), answer::toString);
                assertTrue(answer.closed(), "the unread body must not be taken for a next request");
                refused++;
            }
        }
        assertTrue(refused > 0, "40 x 64 KiB held at once is past the budget, yet no body was refused");
        hangUp();
        assertServing();
    }

    /** Issue 31, item 4: with the in-flight bound full, {@code /q/../ping} (routed as {@code /ping}) got through. */
    @Test
    void noSpellingOfAPathEscapesTheInFlightBound() {
        String holder = "POST /ping HTTP/1.1\r\nHost: localhost\r\nContent-Length: 10\r\n\r\n";
        for (int i = 0; i < HOLDERS; i++) {
            hold(holder);
        }
        // The wait is a deadline, not a number of tries, and ends well before the holders' 10 s body deadline frees
        // their places. On a loaded machine the connections an earlier test closed may still hold places when the
        // holders arrive: those holders are refused (503, closed), and are held again until the bound is full.
        await("the in-flight bound fills")
                .atMost(FILL_DEADLINE)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    Answer plain = RawHttp.exchange("GET /ping HTTP/1.1\r\nHost: localhost\r\n\r\n");
                    if (plain.status() != 503) {
                        holdAgainWhatWasRefused(holder);
                    }
                    return plain.status() == 503;
                });

        Answer dotted = RawHttp.exchange("GET /q/../ping HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertProblemAnswer(dotted, 503);
        hangUp();
        assertServing();
    }

    /** Issue 31, item 2: connections that never finished their headers stayed open for the 30 min idle timeout. */
    @Test
    void aHeaderSectionThatStopsArrivingIsClosed() {
        Socket stalled = hold("GET /ping HTTP/1.1\r\nHost: localhost\r\nX-Unfinished: ");

        assertTrue(
                RawHttp.closedWithin(stalled, WELL_PAST_A_DEADLINE_MILLIS),
                "an unfinished header section still holds its connection");
    }

    /** The same, sent a byte at a time: each byte alone would keep an idle timeout from ever firing. */
    @Test
    void aHeaderSectionTrickledByteByByteIsClosed() throws InterruptedException {
        Socket trickle = hold("GET /ping HTTP/1.1\r\nHost: localhost\r\nX-Trickle: ");
        boolean open = true;
        for (int i = 0; i < 25 && open; i++) {
            Thread.sleep(200);
            open = RawHttp.send(trickle, "a") && !RawHttp.closedWithin(trickle, 1);
        }
        assertFalse(open, "a header section trickled over 5 s still holds its connection");
    }

    /**
     * Issue 31, item 3: Content-Length beside {@code Transfer-Encoding: chunked}, then a second request on the same
     * connection: both were performed and the connection stayed open (the request-smuggling shape, RFC 9112 6.3).
     */
    @Test
    void contentLengthBesideTransferEncodingIsRefusedAndTheConnectionClosed() {
        Answer answer = RawHttp.exchange("POST /ping HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /ping HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertProblemAnswer(answer, 400);
        assertTrue(answer.closed(), "the connection must be closed after ambiguous framing");
    }

    /** Issue 31, item 3: an unknown transfer coding was read as no body, and the request answered. */
    @Test
    void anUnknownTransferCodingIsA501AndTheConnectionClosed() {
        Answer answer = RawHttp.exchange("POST /ping HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: xchunked\r\n\r\n"
                + "GET /ping HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertProblemAnswer(answer, 501);
        assertTrue(answer.closed(), "the unread body must not be taken for a next request");
    }

    /** Holds a connection open with the bytes sent; closed after each test. */
    protected Socket hold(String bytes) {
        Socket socket = RawHttp.open();
        held.add(socket);
        assertTrue(RawHttp.send(socket, bytes), "the server closed a new connection at once");
        return socket;
    }

    /** Replaces each held connection the server has refused (answered 503 and closed) with a new one. */
    private void holdAgainWhatWasRefused(String request) {
        List<Socket> refused = held.stream()
                .filter(socket -> RawHttp.answer(socket, 1).status() == 503)
                .toList();
        refused.forEach(AbuseTest::closeQuietly);
        held.removeAll(refused);
        refused.forEach(socket -> hold(request));
    }

    /** Asserts a problem document with the status, as {@code application/problem+json}. */
    protected static void assertProblemAnswer(Answer answer, int status) {
        assertEquals(status, answer.status(), answer::toString);
        assertNotNull(answer.header("Content-Type"), answer::toString);
        assertThat(answer.header("Content-Type"), startsWith("application/problem+json"));
        assertThat(answer.body(), containsString("\"status\":" + status));
    }

    /** The last held connection is still open (its request still owed), and the process answers connections. */
    private static void assertStillAnswering(Socket last) {
        assertFalse(RawHttp.closedWithin(last, 300), "the server dropped a connection it should still be reading");
        assertNotNull(RawHttp.exchange("GET /ping HTTP/1.1\r\nHost: localhost\r\n\r\n"), "no answer");
    }

    /** Once the abusive connections are gone, the service serves normally again. */
    protected static void assertServing() {
        await("the service serves /ping again")
                .atMost(FILL_DEADLINE)
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> RawHttp.exchange("GET /ping HTTP/1.1\r\nHost: localhost\r\n\r\n"),
                        answer -> answer.status() == 200);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
