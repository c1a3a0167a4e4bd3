package io.cloudsuite.commons.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

/** Builds problem+json responses, so every service writes its errors the same way. */
public final class Problems {

    /** Longest client-supplied value echoed back in a detail; longer ones are cut. */
    public static final int MAX_ECHOED_LENGTH = 64;
    /**
     * Most {@code errors[]} entries in one problem document; past it the first ones are listed and
     * {@value #ERROR_COUNT} tells how many there were. A body of 80,000 unknown fields got a 4.6 MB answer before.
     */
    public static final int MAX_LISTED_ERRORS = 20;
    /** Extension member with the number of rejected fields, when more than {@link #MAX_LISTED_ERRORS}. */
    public static final String ERROR_COUNT = "error_count";

    private Problems() {}

    public static Response response(ProblemType type, Response.StatusType status, String detail, String instance) {
        return response(type, status, detail, instance, List.of());
    }

    public static Response response(
            ProblemType type,
            Response.StatusType status,
            String detail,
            String instance,
            List<ProblemDetail.FieldError> errors) {
        ProblemDetail body = errors.size() <= MAX_LISTED_ERRORS
                ? new ProblemDetail(
                        type.uri(), status.getReasonPhrase(), status.getStatusCode(), detail, instance, errors)
                : new ProblemDetail(
                        type.uri(),
                        status.getReasonPhrase(),
                        status.getStatusCode(),
                        detail + " The first " + MAX_LISTED_ERRORS + " are listed.",
                        instance,
                        errors.subList(0, MAX_LISTED_ERRORS),
                        Map.of(ERROR_COUNT, errors.size()));
        return Response.status(status)
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(body)
                .build();
    }

    /** The answer to a problem a service raised on purpose: its members in the body, its headers on the response. */
    public static Response response(ProblemException problem, String instance) {
        Response.StatusType status = problem.status();
        ProblemDetail body = new ProblemDetail(
                problem.type().uri(),
                status.getReasonPhrase(),
                status.getStatusCode(),
                problem.detail(),
                instance,
                List.of(),
                problem.members());
        Response.ResponseBuilder response =
                Response.status(status).type(ProblemDetail.MEDIA_TYPE).entity(body);
        problem.headers().forEach(response::header);
        return response.build();
    }

    /**
     * A client-supplied value made safe to quote in a detail: control characters replaced and the length capped.
     * JSON escaping itself is Jackson's job when the body is written.
     */
    public static String echo(String value) {
        if (value == null) {
            return "null";
        }
        String capped = value.length() > MAX_ECHOED_LENGTH ? value.substring(0, MAX_ECHOED_LENGTH) + "…" : value;
        StringBuilder safe = new StringBuilder(capped.length() + 2).append('"');
        capped.codePoints().forEach(c -> safe.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return safe.append('"').toString();
    }
}
