package io.cloudsuite.testing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.cloudsuite.testing.RawHttp.Answer;

/**
 * Requests no well-behaved client sends, byte for byte over a socket, and what every service answers: problem+json
 * wherever a route can answer, and the documented behaviour of the HTTP codec where none can
 * (docs/architecture.md, "Errors below the REST layer"). Part of {@link ServiceConventionsTest}.
 */
public abstract class HttpLayerConventionsTest {

    /** {@code path} on the service's management interface (health, metrics), not its public port. */
    protected abstract String management(String path);

    /** Above the shared 1 MB body limit. */
    private static final int OVER_BODY_LIMIT = 1_048_576 + 65_536;

    /**
     * A client offering an upgrade to cleartext HTTP/2 (the JDK's HttpClient does by default) is answered in
     * HTTP/1.1. Upgraded, its request body arrives before the REST layer starts, which then fails on the read body
     * (a 500); the load balancer in front speaks HTTP/1.1 to the service anyway, so HTTP/2 is off.
     */
    @Test
    void anHttp2UpgradeOfferIsAnsweredInHttp11() {
        Answer answer =
                RawHttp.exchange("GET /ping HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade, HTTP2-Settings\r\n"
                        + "Upgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n\r\n");

        assertEquals(200, answer.status(), answer::toString);
        assertThat(answer.body(), containsString("success"));
    }

    @Test
    void aBodyDeclaredOverTheLimitIsA413ProblemBeforeAnyOfItIsSent() {
        Answer answer = RawHttp.exchange("POST /ping HTTP/1.1\r\nHost: localhost\r\nContent-Length: 20000000\r\n\r\n");

        assertProblem(answer, 413, "/ping");
        assertTrue(answer.closed(), "the unread body must not be taken for a next request");
    }

    @Test
    void aBodyStreamedPastTheLimitIsA413Problem() {
        StringBuilder request =
                new StringBuilder("POST /ping HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n");
        String chunk = "x".repeat(65_536);
        for (int sent = 0; sent < OVER_BODY_LIMIT; sent += chunk.length()) {
            request.append(Integer.toHexString(chunk.length()))
                    .append("\r\n")
                    .append(chunk)
                    .append("\r\n");
        }
        request.append("0\r\n\r\n");

        assertProblem(RawHttp.exchange(request.toString()), 413, "/ping");
    }

    @Test
    void aRequestTargetOverTheServiceLimitIsA414Problem() {
        String path = "/ping?padding=" + "a".repeat(5_000);

        assertProblem(RawHttp.exchange("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n"), 414, "/ping");
    }

    @Test
    void headersOverTheServiceLimitAreA431Problem() {
        String header = "X-Padding: " + "a".repeat(30_000) + "\r\n";

        assertProblem(RawHttp.exchange("GET /ping HTTP/1.1\r\nHost: localhost\r\n" + header + "\r\n"), 431, "/ping");
    }

    @Test
    void metricsAskedForAsJsonAreA406Problem() {
        int port = URI.create(management("/q/metrics")).getPort();
        assertProblem(
                RawHttp.exchange(
                        port, "GET /q/metrics HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n\r\n"),
                406,
                "/q/metrics");
        Answer text =
                RawHttp.exchange(port, "GET /q/metrics HTTP/1.1\r\nHost: localhost\r\nAccept: text/plain\r\n\r\n");
        assertEquals(200, text.status(), text::toString);
    }

    @Test
    void optionsForTheWholeServerTellsItsMethods() {
        Answer answer = RawHttp.exchange("OPTIONS * HTTP/1.1\r\nHost: localhost\r\n\r\n");

        assertEquals(204, answer.status(), answer::toString);
        assertThat(answer.header("Allow"), containsString("GET"));
    }

    /**
     * Refused by the HTTP codec or Quarkus' URI check before any route exists for the request, with an empty body:
     * no hook exists to shape these (quarkusio/quarkus#55082). Behind the load balancer most never arrive: it refuses
     * them itself. Should a later Quarkus allow shaping them, this test fails and the docs must change with it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "request target over the codec's 16 KB | 414 | GET /ping?padding=" + "LONG" + " HTTP/1.1",
                "space in the path                     | 400 | GET /pi ng HTTP/1.1",
                "garbage request line                  | 400 | HELLO",
                "bad percent-encoding                  | 400 | GET /ping?x=% HTTP/1.1",
            })
    void requestLinesRefusedBelowTheRoutesGetAnEmptyAnswer(String what, int status, String requestLine) {
        String line = requestLine.replace("LONG", "a".repeat(17_000));

        assertEmptyAnswer(RawHttp.exchange(line + "\r\nHost: localhost\r\n\r\n"), status);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "headers over the codec's 64 KB | 431 | X-Padding-1: LONG\\r\\nX-Padding-2: LONG\\r\\nX-Padding-3: LONG\\r\\nX-Padding-4: LONG\\r\\nX-Padding-5: LONG",
                "control character in a header  | 400 | X-Odd: aCTRLb",
                "malformed Content-Length       | 400 | Content-Length: abc",
                "two Content-Lengths            | 400 | Content-Length: 1\\r\\nContent-Length: 2",
            })
    void headersRefusedBelowTheRoutesGetAnEmptyAnswer(String what, int status, String headers) {
        String lines = headers.replace("\\r\\n", "\r\n")
                .replace("LONG", "a".repeat(15_000))
                .replace("CTRL", "\u0001");

        assertEmptyAnswer(
                RawHttp.exchange("POST /ping HTTP/1.1\r\nHost: localhost\r\n" + lines + "\r\n\r\nab"), status);
    }

    /** The codec drops the connection on a chunk it cannot read; no answer is possible, and no route ran. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "malformed chunk size | zz\\r\\nab\\r\\n0\\r\\n\\r\\n",
                "chunk extension      | 2;ext=1\\r\\nab\\r\\n0\\r\\n\\r\\n",
            })
    void aChunkedBodyTheCodecCannotReadIsDroppedWithoutAnAnswer(String what, String body) {
        Answer answer = RawHttp.exchange("POST /ping HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
                + body.replace("\\r\\n", "\r\n"));

        assertFalse(answer.answered(), answer::toString);
    }

    private static void assertProblem(Answer answer, int status, String instance) {
        assertEquals(status, answer.status(), answer::toString);
        assertThat(answer.header("Content-Type"), startsWith("application/problem+json"));
        assertThat(answer.body(), containsString("\"status\":" + status));
        assertThat(answer.body(), containsString("\"instance\":\"" + instance + "\""));
        assertThat(answer.body(), containsString("\"detail\":"));
    }

    private static void assertEmptyAnswer(Answer answer, int status) {
        assertEquals(status, answer.status(), answer::toString);
        assertThat(answer.body(), emptyString());
        assertThat(answer.header("Content-Type"), equalTo(null));
    }
}
