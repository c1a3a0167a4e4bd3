package io.cloudsuite.commons.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import io.cloudsuite.commons.problem.StoredText;

/**
 * The text is well-formed Unicode: no lone UTF-16 surrogate, which DynamoDB's SDK refuses to serialise (a 500
 * otherwise). {@link StoredText#isWellFormed} decides; null is valid (say {@code @NotNull} where a value is required).
 */
@Documented
@Constraint(validatedBy = WellFormed.Validator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface WellFormed {

    String message() default StoredText.NOT_WELL_FORMED;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link WellFormed} with the stored-text rule itself, not a copy of it. */
    class Validator implements ConstraintValidator<WellFormed, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || StoredText.isWellFormed(value.toString());
        }
    }
}
