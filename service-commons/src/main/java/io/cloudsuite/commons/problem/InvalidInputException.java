package io.cloudsuite.commons.problem;

import java.util.List;
import java.util.Optional;

/**
 * Rejected client input found outside Bean Validation's reach (e.g. a header that must be checked raw), answered
 * as the same 400 validation problem as a constraint violation.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<ProblemDetail.FieldError> errors;
    private final String detail;

    public InvalidInputException(String field, String message) {
        this(field, message, null);
    }

    /**
     * @param detail the problem's detail, for when the generic "n invalid field(s)" would hide what the client needs,
     *               e.g. the expected format and the rejected value (quote client input with {@link Problems#echo})
     */
    public InvalidInputException(String field, String message, String detail) {
        super(field + ": " + message);
        this.errors = List.of(new ProblemDetail.FieldError(field, message));
        this.detail = detail;
    }

    /**
     * Several rejected fields at once, so a client fixes them all in one round trip (e.g. a JSON body checked field by
     * field, where unknown and server-owned fields are named too).
     */
    public InvalidInputException(List<ProblemDetail.FieldError> errors) {
        super(errors.stream().map(error -> error.field() + ": " + error.message()).reduce((a, b) -> a + "; " + b)
                .orElseThrow(() -> new IllegalArgumentException("at least one field error")));
        this.errors = List.copyOf(errors);
        this.detail = null;
    }

    public List<ProblemDetail.FieldError> errors() {
        return errors;
    }

    /** The detail to answer with instead of the generic count of invalid fields, when the thrower gave one. */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }
}
