package io.cloudsuite.commons.problem;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.cloudsuite.commons.backend.BackendConfig;
import io.cloudsuite.commons.backend.BackendUnavailableException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Turns every failure into problem+json: unknown routes, wrong methods, unacceptable media types, malformed JSON,
 * validation failures, backend outages and, as a last resort, unexpected errors (logged, never shown).
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    /** Headers that describe the original body, which the problem document replaces. */
    private static final Set<String> BODY_HEADERS = Set.of("content-type", "content-length", "content-encoding");

    /** What a 503 to a write says: a late answer does not mean the write did not happen. */
    public static final String MAY_HAVE_BEEN_APPLIED = "the write may have been applied; retry with the same "
            + "Idempotency-Key (a retry with it is never applied twice), or read the current state before repeating "
            + "a request that takes none.";

    public static final String NOTHING_CHANGED = "nothing was changed. Retry later.";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final BackendConfig backendConfig;

    public ProblemExceptionMappers(BackendConfig backendConfig) {
        this.backendConfig = backendConfig;
    }

    @ServerExceptionMapper
    public Response httpError(WebApplicationException exception, HttpServerRequest request) {
        if (exception.getCause() instanceof JsonProcessingException json) {
            return malformedBody(json, request);
        }
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        if (status.getStatusCode() >= 500) {
            LOG.errorf(exception, "%s %s failed", request.method(), request.path());
        }
        Response problem =
                Problems.response(ProblemType.HTTP_STATUS, status, detailFor(status, request), request.path());
        return withHeadersOf(original, problem);
    }

    /**
     * The problem with every header the original response carried (Allow, WWW-Authenticate, Retry-After, …): only
     * the body and its own headers are replaced.
     */
    private static Response withHeadersOf(Response original, Response problem) {
        Response.ResponseBuilder merged = Response.fromResponse(problem);
        original.getHeaders().forEach((name, values) -> {
            if (!BODY_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> merged.header(name, value));
            }
        });
        return merged.build();
    }

    /** A problem a service raised on purpose (401, 409, 412, 429, …), with its members and headers. */
    @ServerExceptionMapper
    public Response problem(ProblemException exception, HttpServerRequest request) {
        return Problems.response(exception, request.path());
    }

    @ServerExceptionMapper
    public Response malformedBody(JsonProcessingException exception, HttpServerRequest request) {
        String where = exception.getLocation() == null
                ? ""
                : " at line " + exception.getLocation().getLineNr() + ", column "
                        + exception.getLocation().getColumnNr();
        String problem = isDuplicateField(exception)
                ? "The request body names a field twice" + where + ": send each field once."
                : "The request body is not valid JSON for this operation" + where + ".";
        return Problems.response(ProblemType.MALFORMED_REQUEST_BODY, Status.BAD_REQUEST, problem, request.path());
    }

    /** Jackson's own wording for a field named twice under its strict duplicate detection (StrictJsonParsing). */
    private static boolean isDuplicateField(JsonProcessingException exception) {
        return exception instanceof JsonParseException
                && exception.getOriginalMessage() != null
                && exception.getOriginalMessage().startsWith("Duplicate field");
    }

    /**
     * A body of the wrong shape (a string where a number belongs, …). Quarkus REST Jackson maps this exception
     * itself to a plain JSON 400; the higher priority makes this mapper win.
     */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response wrongShapeBody(MismatchedInputException exception, HttpServerRequest request) {
        return malformedBody(exception, request);
    }

    @ServerExceptionMapper
    public Response validationFailed(ConstraintViolationException exception, HttpServerRequest request) {
        List<ProblemDetail.FieldError> errors = ConstraintViolations.fieldErrors(exception.getConstraintViolations());
        return invalid(errors, countOfInvalidFields(errors), request);
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException exception, HttpServerRequest request) {
        List<ProblemDetail.FieldError> errors = exception.errors();
        return invalid(errors, exception.detail().orElseGet(() -> countOfInvalidFields(errors)), request);
    }

    private static Response invalid(List<ProblemDetail.FieldError> errors, String detail, HttpServerRequest request) {
        return Problems.response(ProblemType.VALIDATION_FAILED, Status.BAD_REQUEST, detail, request.path(), errors);
    }

    private static String countOfInvalidFields(List<ProblemDetail.FieldError> errors) {
        return "The request has " + errors.size() + " invalid field(s).";
    }

    /**
     * 503 with Retry-After. A write request whose backend answered late may have been applied all the same, so its
     * detail says so and how to retry safely; a read, or a write the service knows it never sent, changed nothing.
     */
    @ServerExceptionMapper
    public Response backendUnavailable(BackendUnavailableException exception, HttpServerRequest request) {
        LOG.warnf("%s %s answered 503: %s", request.method(), request.path(), exception.getMessage());
        boolean mayHaveApplied = !exception.isNothingChanged()
                && !SAFE_METHODS.contains(request.method().name());
        String detail = "A backend this operation needs (" + exception.backend() + ") is unavailable; "
                + (mayHaveApplied ? MAY_HAVE_BEEN_APPLIED : NOTHING_CHANGED);
        Response problem =
                Problems.response(ProblemType.BACKEND_UNAVAILABLE, Status.SERVICE_UNAVAILABLE, detail, request.path());
        long retryAfterSeconds = Math.max(1, backendConfig.retryAfter().toSeconds());
        return Response.fromResponse(problem)
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds)
                .build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable exception, HttpServerRequest request) {
        LOG.errorf(exception, "%s %s failed unexpectedly", request.method(), request.path());
        return Problems.response(
                ProblemType.INTERNAL_ERROR,
                Status.INTERNAL_SERVER_ERROR,
                "The server failed to handle this request; the failure is logged.",
                request.path());
    }

    private static String detailFor(Response.StatusType status, HttpServerRequest request) {
        return switch (status.getStatusCode()) {
            case 404 -> "No resource at " + request.method() + " " + Problems.echo(request.path()) + ".";
            case 405 -> "Method " + request.method() + " is not allowed on " + Problems.echo(request.path()) + ".";
            case 406 -> "None of the media types in the Accept header can be produced here.";
            case 415 ->
                "The Content-Type " + Problems.echo(request.getHeader(HttpHeaders.CONTENT_TYPE))
                        + " is not supported by this operation.";
            default -> status.getReasonPhrase() + ".";
        };
    }
}
