package io.cloudsuite.commons.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;

/**
 * {@code @Size} on a String counts characters (Unicode code points), as the {@code minLength}/{@code maxLength}
 * that SmallRye OpenAPI writes for it mean in JSON Schema, not UTF-16 units: an emoji is one character, so a
 * limit of 200 admits 200 of them. Registered for String by {@link RequestValidation}, where it takes precedence
 * over the standard validator for CharSequence. Null is valid, as with the standard one.
 */
public class CodePointSize implements ConstraintValidator<Size, String> {

    private int min;
    private int max;

    @Override
    public void initialize(Size size) {
        min = size.min();
        max = size.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        int length = value.codePointCount(0, value.length());
        return length >= min && length <= max;
    }
}
