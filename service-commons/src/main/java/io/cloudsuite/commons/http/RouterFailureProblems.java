package io.cloudsuite.commons.http;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response.Status;

import io.cloudsuite.commons.problem.ProblemType;
import io.cloudsuite.commons.problem.Problems;
import io.vertx.core.Handler;
import io.vertx.core.VertxException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;

/**
 * Failures the router itself raises before any operation runs, answered as problem+json instead of Quarkus' empty
 * default, e.g. a request the router cannot match for lack of a Host header (400, test profile; in prod the
 * forwarded-headers support accepts it). Failures
 * carrying an exception of their own (security, the REST layer) go on to the handlers that know them.
 */
@Singleton
public class RouterFailureProblems implements Handler<RoutingContext> {

    /** What {@code OPTIONS *} (a question about the server, RFC 9110 section 9.3.7) is told. */
    static final String SERVER_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

    private final VertxProblems problems;

    public RouterFailureProblems(VertxProblems problems) {
        this.problems = problems;
    }

    @Override
    public void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method() == HttpMethod.OPTIONS && "*".equals(request.uri())) {
            context.response()
                    .setStatusCode(Status.NO_CONTENT.getStatusCode())
                    .putHeader("Allow", SERVER_METHODS)
                    .end();
            return;
        }
        Throwable failure = context.failure();
        int code = failure instanceof HttpException http ? http.getStatusCode() : context.statusCode();
        Status status = Status.fromStatusCode(code);
        // The router's own failures carry no exception, an HttpException or a VertxException (a missing Host header).
        boolean routerOwn = failure == null || failure instanceof HttpException || failure instanceof VertxException;
        if (!routerOwn
                || status == null
                || code < 400
                || code >= 500
                || context.response().headWritten()) {
            context.next();
            return;
        }
        problems.answer(context, status, ProblemType.HTTP_STATUS, detail(status, request), !request.isEnded());
    }

    private static String detail(Status status, HttpServerRequest request) {
        return switch (status) {
            case BAD_REQUEST -> "The request could not be understood.";
            case NOT_FOUND -> "No resource at " + request.method() + " " + Problems.echo(request.uri()) + ".";
            default -> status.getReasonPhrase() + ".";
        };
    }
}
