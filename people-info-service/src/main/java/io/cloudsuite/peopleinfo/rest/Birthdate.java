package io.cloudsuite.peopleinfo.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A birthdate written YYYY-MM-DD is a real calendar date from 1900-01-01 to today. Its shape is {@code @Pattern}'s to
 * check, whose reason a client gets first (see {@code ConstraintViolations}). "Today" is by Bean Validation's clock.
 */
@Documented
@Constraint(validatedBy = Birthdate.Validator.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
@interface Birthdate {

    String message() default "must be a real calendar date from 1900-01-01 to today";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    class Validator implements ConstraintValidator<Birthdate, String> {

        private static final DateTimeFormatter STRICT_DATE =
                DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
        /** The last time zone to start a day: a birthdate is in the future only when it is tomorrow everywhere. */
        private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(14);

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(value, STRICT_DATE);
            } catch (DateTimeException notInTheCalendar) {
                return refuse(context, "must be a real calendar date");
            }
            if (date.isBefore(EARLIEST)) {
                return refuse(context, "must not be before " + EARLIEST);
            }
            LocalDate today =
                    LocalDate.now(context.getClockProvider().getClock().withZone(LATEST_ZONE));
            return !date.isAfter(today) || refuse(context, "must not be in the future");
        }

        private static boolean refuse(ConstraintValidatorContext context, String reason) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(reason).addConstraintViolation();
            return false;
        }
    }
}
