package io.cloudsuite.commons.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.NotBlank;

import io.cloudsuite.commons.problem.StoredText;

/**
 * {@code @NotBlank} on a String, by {@link StoredText#isBlank}: a value of only zero-width, no-break or other
 * invisible characters is blank too (the standard validator sees only whitespace, and let such names through).
 * Registered for String by {@link RequestValidation}, where it takes precedence over the standard one for
 * CharSequence; the OpenAPI schema still shows the standard annotation (required, at least one character).
 */
public class StoredTextNotBlank implements ConstraintValidator<NotBlank, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value != null && !StoredText.isBlank(value);
    }
}
