package io.cloudsuite.commons.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document: the one error body every service returns, as {@code application/problem+json}.
 *
 * @param errors one entry per rejected field, only for validation failures
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details, sent as application/problem+json")
public record ProblemDetail(
        @Schema(description = "URI naming the kind of problem; about:blank when the HTTP status says it all",
                examples = "urn:cloudsuite:problem:validation-failed") URI type,
        @Schema(description = "Short summary of the kind of problem", examples = "Bad Request") String title,
        @Schema(description = "HTTP status code", examples = "400") int status,
        @Schema(description = "What went wrong with this request") String detail,
        @Schema(description = "Path of the request that failed", examples = "/api/v1/player/fired_bullet") String instance,
        @Schema(description = "Rejected fields, for validation failures") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One rejected input: which field, parameter or header, and why. */
    public record FieldError(
            @Schema(description = "Field, parameter or header that was rejected") String field,
            @Schema(description = "Why it was rejected") String message) {
    }
}
