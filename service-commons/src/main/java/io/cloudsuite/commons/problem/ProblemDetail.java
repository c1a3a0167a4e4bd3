package io.cloudsuite.commons.problem;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document: the one error body every service returns, as {@code application/problem+json}.
 *
 * @param errors  one entry per rejected field, only for validation failures
 * @param members extension members a service adds (RFC 9457 section 3.2), written beside the standard ones
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details, sent as application/problem+json")
public record ProblemDetail(
        @Schema(
                description = "URI naming the kind of problem; about:blank when the HTTP status says it all",
                examples = "urn:cloudsuite:problem:validation-failed")
        URI type,

        @Schema(description = "Short summary of the kind of problem", examples = "Bad Request")
        String title,

        @Schema(description = "HTTP status code", examples = "400")
        int status,

        @Schema(description = "What went wrong with this request")
        String detail,

        @Schema(description = "Path of the request that failed")
        String instance,

        @Schema(description = "Rejected fields, for validation failures")
        List<FieldError> errors,

        @JsonIgnore @Schema(hidden = true) Map<String, Object> members) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public ProblemDetail {
        errors = errors == null ? List.of() : List.copyOf(errors);
        // Insertion order kept, null values allowed: both are the service's choice.
        members = members == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    public ProblemDetail(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, Map.of());
    }

    /** The extension members, written as top-level members of the document. */
    @JsonAnyGetter
    @Schema(hidden = true)
    public Map<String, Object> extensionMembers() {
        return members;
    }

    /** One rejected input: which field, parameter or header, and why. */
    public record FieldError(
            @Schema(description = "Field, parameter or header that was rejected")
            String field,

            @Schema(description = "Why it was rejected") String message) {

        /** A client's field name may be malformed Unicode itself; the answer must still be writable. */
        public FieldError {
            field = StoredText.wellFormed(field);
        }
    }
}
