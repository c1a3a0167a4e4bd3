package io.cloudsuite.commons.problem;

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.cloudsuite.commons.validation.WellFormed;

/**
 * Bean Validation's violations as the {@code errors[]} of a validation problem: the one mapping, for a body checked
 * with {@code @Valid} and for one a service reads field by field alike.
 */
public final class ConstraintViolations {

    /**
     * Which reason a field gets when it breaks several rules: the one to fix first. A missing value is not also
     * "blank", and text that is not even well-formed Unicode is not also measured.
     */
    private static final List<Class<? extends Annotation>> FIRST_REASONS =
            List.of(NotNull.class, WellFormed.class, NotBlank.class, NotEmpty.class, Size.class, Pattern.class);

    private ConstraintViolations() {}

    /** One error per rejected field, by field name: its first reason by {@link #FIRST_REASONS}. */
    public static List<ProblemDetail.FieldError> fieldErrors(Collection<? extends ConstraintViolation<?>> violations) {
        Map<String, ConstraintViolation<?>> firstByField = new LinkedHashMap<>();
        violations.stream()
                .sorted(Comparator.comparing(
                                ConstraintViolations::fieldName, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingInt(ConstraintViolations::rank)
                        .thenComparing(ConstraintViolation::getMessage))
                .forEach(violation -> firstByField.putIfAbsent(fieldName(violation), violation));
        return firstByField.entrySet().stream()
                .map(first -> new ProblemDetail.FieldError(
                        first.getKey(), first.getValue().getMessage()))
                .toList();
    }

    /**
     * The last node of the violation's path: the parameter, header or body field the client sent (a body field by
     * its JSON name, see {@code validation.RequestValidation}).
     */
    public static String fieldName(ConstraintViolation<?> violation) {
        String name = "";
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name;
    }

    private static int rank(ConstraintViolation<?> violation) {
        int rank = FIRST_REASONS.indexOf(
                violation.getConstraintDescriptor().getAnnotation().annotationType());
        return rank < 0 ? FIRST_REASONS.size() : rank;
    }
}
