package io.cloudsuite.commons.problem;

import java.util.List;

/**
 * Rejected client input found outside Bean Validation's reach (e.g. a header that must be checked raw), answered
 * as the same 400 validation problem as a constraint violation.
 */
public class InvalidInputException extends RuntimeException {

    private final transient List<ProblemDetail.FieldError> errors;

    public InvalidInputException(String field, String message) {
        super(field + ": " + message);
        this.errors = List.of(new ProblemDetail.FieldError(field, message));
    }

    public List<ProblemDetail.FieldError> errors() {
        return errors;
    }
}
