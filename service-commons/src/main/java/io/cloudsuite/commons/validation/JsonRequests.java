package io.cloudsuite.commons.validation;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudsuite.commons.problem.ConstraintViolations;
import io.cloudsuite.commons.problem.InvalidInputException;
import io.cloudsuite.commons.problem.ProblemDetail.FieldError;

/**
 * Reads a JSON object into a request type and checks it, answering one 400 that lists every wrong field at once
 * (plain data binding stops at the first): first what JSON decides (a field the type does not have, a value of the
 * wrong JSON type), then the type's Bean Validation constraints on the fields that got that far.
 */
@ApplicationScoped
public class JsonRequests {

    private final ObjectMapper json;
    private final Validator validator;
    private final Map<Class<?>, Map<String, JavaType>> fieldsByType = new ConcurrentHashMap<>();

    public JsonRequests(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * @param notAField why a field the type does not have is refused, e.g. {@code "is not a field of a stream"}
     * @throws InvalidInputException naming every rejected field
     */
    public <T> T read(ObjectNode body, Class<T> type, Function<String, String> notAField) {
        Map<String, JavaType> fields = fieldsByType.computeIfAbsent(type, this::jsonFieldsOf);
        List<FieldError> errors = new ArrayList<>();
        Set<String> rejected = new HashSet<>();
        ObjectNode accepted = json.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> entries = body.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            JavaType fieldType = fields.get(entry.getKey());
            if (fieldType == null) {
                errors.add(new FieldError(entry.getKey(), notAField.apply(entry.getKey())));
            } else if (!entry.getValue().isNull() && !JsonTypes.accepts(fieldType, entry.getValue())) {
                errors.add(new FieldError(entry.getKey(), JsonTypes.expected(fieldType)));
                rejected.add(entry.getKey());
            } else {
                accepted.set(entry.getKey(), entry.getValue());
            }
        }
        T request = bind(accepted, type);
        // A field refused for its JSON type is absent from the request: it is not also "required".
        ConstraintViolations.fieldErrors(validator.validate(request)).stream()
                .filter(error -> !rejected.contains(error.field()))
                .forEach(errors::add);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return request;
    }

    private <T> T bind(ObjectNode accepted, Class<T> type) {
        try {
            return json.treeToValue(accepted, type);
        } catch (JsonProcessingException unexpected) {
            // Every value passed its JSON type check above, so this is a request type Jackson cannot build.
            throw new IllegalStateException("cannot bind " + type.getName(), unexpected);
        }
    }

    private Map<String, JavaType> jsonFieldsOf(Class<?> type) {
        return json.getDeserializationConfig().introspect(json.constructType(type)).findProperties().stream()
                .collect(Collectors.toUnmodifiableMap(BeanPropertyDefinition::getName,
                        property -> property.getPrimaryType()));
    }

    /** Which JSON values a Java field type takes: strictly, without Jackson's coercions (42 is not a string). */
    static final class JsonTypes {

        private JsonTypes() {
        }

        static boolean accepts(JavaType type, JsonNode value) {
            Class<?> raw = type.getRawClass();
            if (raw == String.class) {
                return value.isTextual();
            }
            if (raw == Long.class || raw == long.class) {
                return value.isIntegralNumber() && value.canConvertToLong();
            }
            if (raw == Integer.class || raw == int.class) {
                return value.isIntegralNumber() && value.canConvertToInt();
            }
            if (raw == Double.class || raw == double.class) {
                // 1e999 is a JSON number, but no double: Jackson would make it Infinity.
                return value.isNumber() && Double.isFinite(value.asDouble());
            }
            if (raw == Boolean.class || raw == boolean.class) {
                return value.isBoolean();
            }
            if (raw == OffsetDateTime.class) {
                return value.isTextual() && isOffsetDateTime(value.textValue());
            }
            throw new IllegalArgumentException("no JSON type rule for " + type + "; add one here");
        }

        static String expected(JavaType type) {
            Class<?> raw = type.getRawClass();
            if (raw == String.class) {
                return "must be a string";
            }
            if (raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class) {
                return "must be a whole number";
            }
            if (raw == Double.class || raw == double.class) {
                return "must be a number";
            }
            if (raw == Boolean.class || raw == boolean.class) {
                return "must be true or false";
            }
            return "must be an ISO-8601 date-time with offset, e.g. 2026-11-29T16:00:00Z";
        }

        private static boolean isOffsetDateTime(String text) {
            try {
                OffsetDateTime.parse(text);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }
}
