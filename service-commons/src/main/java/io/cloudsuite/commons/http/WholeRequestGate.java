package io.cloudsuite.commons.http;

import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response.Status;

import org.jboss.logging.Logger;

import io.cloudsuite.commons.problem.ProblemType;
import io.cloudsuite.commons.problem.Problems;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

/**
 * The first route of every request: it enforces the service's own limits (414, 431, 413, 408 as problem+json) and
 * reads the whole request body before anything else runs.
 *
 * <p>Why the whole body first: an operation that ignores its body (bullets' POST) would otherwise run as soon as the
 * headers arrive, so a request whose body never arrives in full (a malformed chunk, a chunk extension the codec
 * rejects, a client that sends 5 of a declared 100 bytes and goes away) would still be acted on, and a retry counted
 * twice. Here such a request never reaches a route: nothing is performed for a request the server could not read.
 * The body is kept on the routing context, where the REST layer takes it ({@link WholeBodyHandover}).
 *
 * <p>Bodies are read as they arrive, each capped at its limit, and every byte held counts against the replica's
 * budget ({@link BufferedBodies}): nothing is sized or reserved by what a client declares, and a body that would go
 * past the budget is refused at once (503). Framing the codec leaves ambiguous is refused before any of it is read:
 * a Transfer-Encoding other than {@code chunked} (501), and Content-Length beside Transfer-Encoding where the codec
 * lets both through (400); see docs/architecture.md, "Strict framing", for what the codec decides on its own.
 */
@Singleton
public class WholeRequestGate implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(WholeRequestGate.class);
    private static final String CHUNKED = "chunked";

    private final HttpLimitsConfig limits;
    private final VertxProblems problems;
    private final BufferedBodies buffered;

    public WholeRequestGate(HttpLimitsConfig limits, VertxProblems problems, BufferedBodies buffered) {
        this.limits = limits;
        this.problems = problems;
        this.buffered = buffered;
    }

    @Override
    public void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        boolean hasBody = hasBody(request);
        if (request.uri().length() > limits.maxUriLength()) {
            problems.answer(
                    context,
                    Status.REQUEST_URI_TOO_LONG,
                    ProblemType.HTTP_STATUS,
                    "The request target is longer than " + limits.maxUriLength() + " characters.",
                    hasBody);
            return;
        }
        if (headerSectionSize(request.headers()) > limits.maxHeaderSize().asLongValue()) {
            problems.answer(
                    context,
                    Status.REQUEST_HEADER_FIELDS_TOO_LARGE,
                    ProblemType.HTTP_STATUS,
                    "The request headers are larger than "
                            + limits.maxHeaderSize().asLongValue() + " bytes.",
                    hasBody);
            return;
        }
        List<String> codings = request.headers().getAll(HttpHeaders.TRANSFER_ENCODING);
        if (StrictRequestDecoder.framingConflict(request.decoderResult())
                || !codings.isEmpty() && request.headers().contains(HttpHeaders.CONTENT_LENGTH)) {
            problems.answer(
                    context,
                    Status.BAD_REQUEST,
                    ProblemType.HTTP_STATUS,
                    "The request has both Content-Length and Transfer-Encoding; nothing was done.",
                    true);
            return;
        }
        if (unsupportedCoding(codings)) {
            problems.answer(
                    context,
                    Status.NOT_IMPLEMENTED,
                    ProblemType.HTTP_STATUS,
                    "Transfer-Encoding " + Problems.echo(String.join(",", codings))
                            + " is not supported: only chunked is; " + "nothing was done.",
                    true);
            return;
        }
        if (!hasBody || request.isEnded()) {
            context.next();
            return;
        }
        long declared = declaredLength(request);
        if (declared > limits.maxBodySize().asLongValue()) {
            tooLarge(context);
            return;
        }
        if (!buffered.hasRoomFor(Math.max(declared, 1))) {
            overloaded(context);
            return;
        }
        new BodyReader(context).start();
    }

    /**
     * True for Transfer-Encoding field lines (joined as one list) naming anything but {@code chunked} alone: the
     * codec decodes chunked only, and reads a request with any other coding as having no body at all.
     */
    static boolean unsupportedCoding(List<String> fieldLines) {
        return !fieldLines.isEmpty()
                && !CHUNKED.equalsIgnoreCase(String.join(",", fieldLines).trim());
    }

    /** A request carries a body when it declares one: a positive Content-Length or (HTTP/1.1) Transfer-Encoding. */
    static boolean hasBody(HttpServerRequest request) {
        if (request.version() == HttpVersion.HTTP_2) {
            return !request.isEnded();
        }
        return declaredLength(request) > 0 || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    /** The declared Content-Length, or -1 without one. The codec has already refused malformed or repeated ones. */
    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** About what the codec counts against its own limit: each name and value plus its separator. */
    private static long headerSectionSize(MultiMap headers) {
        long size = 0;
        for (Map.Entry<String, String> header : headers) {
            size += header.getKey().length() + header.getValue().length() + 2;
        }
        return size;
    }

    private void overloaded(RoutingContext context) {
        context.response().putHeader(HttpHeaders.RETRY_AFTER, "1");
        problems.answer(
                context,
                Status.SERVICE_UNAVAILABLE,
                InFlightLimit.OVERLOADED,
                "This replica holds as many request bodies as it safely can; retry in a second.",
                true);
    }

    private void tooLarge(RoutingContext context) {
        problems.answer(
                context,
                Status.REQUEST_ENTITY_TOO_LARGE,
                ProblemType.HTTP_STATUS,
                "The request body is larger than " + limits.maxBodySize().asLongValue() + " bytes.",
                true);
    }

    /** Reads one request's body into memory, then routes the request on; or answers and routes nothing. */
    private final class BodyReader {

        private final RoutingContext context;
        private final HttpServerRequest request;
        private final Buffer body = Buffer.buffer();
        private boolean finished;
        private long timer;
        /** Bytes taken from the replica's budget, given back once when the request ends. */
        private long taken;

        BodyReader(RoutingContext context) {
            this.context = context;
            this.request = context.request();
        }

        void start() {
            context.addEndHandler(ended -> buffered.giveBack(taken));
            if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
                context.response().writeContinue();
            }
            timer = context.vertx().setTimer(limits.bodyReadTimeout().toMillis(), fired -> tooSlow());
            request.handler(this::data)
                    .endHandler(ended -> end())
                    .exceptionHandler(this::unreadable)
                    .resume();
        }

        private void data(Buffer chunk) {
            if (finished) {
                return;
            }
            if (body.length() + chunk.length() > limits.maxBodySize().asLongValue()) {
                finish();
                tooLarge(context);
                return;
            }
            if (!buffered.tryTake(chunk.length())) {
                finish();
                overloaded(context);
                return;
            }
            taken += chunk.length();
            body.appendBuffer(chunk);
        }

        private void end() {
            if (finished) {
                return;
            }
            finish();
            context.setBody(body);
            context.next();
        }

        /** The codec refused the body (malformed chunk, chunk extension) or the client went away mid-body. */
        private void unreadable(Throwable failure) {
            if (finished) {
                return;
            }
            finish();
            LOG.debugf(
                    "%s %s: the request body could not be read (%s); nothing was done",
                    request.method(), context.normalizedPath(), failure);
            problems.answer(
                    context,
                    Status.BAD_REQUEST,
                    ProblemType.MALFORMED_REQUEST_BODY,
                    "The request body could not be read in full; nothing was done.",
                    true);
        }

        private void tooSlow() {
            if (finished) {
                return;
            }
            finish();
            problems.answer(
                    context,
                    Status.REQUEST_TIMEOUT,
                    ProblemType.HTTP_STATUS,
                    "The request body did not arrive within "
                            + limits.bodyReadTimeout().toSeconds() + " s; nothing was done.",
                    true);
        }

        private void finish() {
            finished = true;
            context.vertx().cancelTimer(timer);
        }
    }
}
