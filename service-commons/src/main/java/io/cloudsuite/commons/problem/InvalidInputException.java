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

    /** Several rejected inputs at once, e.g. every wrong field of a body checked by hand, so the client fixes all. */
    public InvalidInputException(List<ProblemDetail.FieldError> errors) {
        super(errors.size() + " invalid input(s)");
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("at least one rejected input");
        }
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
