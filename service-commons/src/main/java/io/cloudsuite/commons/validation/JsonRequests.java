package io.cloudsuite.commons.validation;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
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
    private final Map<Class<?>, Map<String, JsonType>> fieldsByType = new ConcurrentHashMap<>();

    public JsonRequests(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * A request body that must be a JSON object: anything else (an array, a string, a number, null) is a 400 on
     * {@code body} that names the fields a client should have sent, in the names it uses.
     */
    public static ObjectNode requireObject(JsonNode body, Collection<String> fields) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException(
                    "body", "must be a JSON object with the fields " + String.join(", ", fields));
        }
        return (ObjectNode) body;
    }

    /**
     * @param body      the parsed body: a JSON object ({@link #requireObject}, with the type's fields)
     * @param notAField why a field the type does not have is refused, e.g. {@code "is not a field of a stream"}
     * @throws InvalidInputException naming every rejected field
     */
    public <T> T read(JsonNode body, Class<T> type, Function<String, String> notAField) {
        Map<String, JsonType> fields = fieldsByType.computeIfAbsent(type, this::jsonFieldsOf);
        return read(requireObject(body, fields.keySet()), type, fields, notAField);
    }

    /** The same for a body already known to be an object. */
    public <T> T read(ObjectNode body, Class<T> type, Function<String, String> notAField) {
        return read(body, type, fieldsByType.computeIfAbsent(type, this::jsonFieldsOf), notAField);
    }

    private <T> T read(
            ObjectNode body, Class<T> type, Map<String, JsonType> fields, Function<String, String> notAField) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> rejected = new HashSet<>();
        ObjectNode accepted = json.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> entries = body.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            JsonType fieldType = fields.get(entry.getKey());
            if (fieldType == null) {
                errors.add(new FieldError(entry.getKey(), notAField.apply(entry.getKey())));
            } else if (!entry.getValue().isNull() && !fieldType.accepts().test(entry.getValue())) {
                errors.add(new FieldError(entry.getKey(), fieldType.expected()));
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

    /** The type's JSON fields and the JSON type each takes; a field type without a rule fails at once. */
    private Map<String, JsonType> jsonFieldsOf(Class<?> type) {
        return json.getDeserializationConfig().introspect(json.constructType(type)).findProperties().stream()
                .collect(Collectors.collectingAndThen(
                        Collectors.toMap(
                                BeanPropertyDefinition::getName,
                                property -> JsonType.of(property.getPrimaryType()),
                                (first, second) -> first,
                                LinkedHashMap::new),
                        Collections::unmodifiableMap));
    }

    /** The JSON values a Java field type takes: strictly, without Jackson's coercions (42 is not a string). */
    private record JsonType(Predicate<JsonNode> accepts, String expected) {

        private static final JsonType WHOLE_NUMBER =
                new JsonType(value -> value.isIntegralNumber() && value.canConvertToLong(), "must be a whole number");
        // 1e999 is a JSON number, but no double: Jackson would make it Infinity.
        private static final JsonType NUMBER =
                new JsonType(value -> value.isNumber() && Double.isFinite(value.asDouble()), "must be a number");
        private static final JsonType BOOLEAN = new JsonType(JsonNode::isBoolean, "must be true or false");
        private static final Map<Class<?>, JsonType> BY_JAVA_TYPE = Map.of(
                String.class,
                new JsonType(JsonNode::isTextual, "must be a string"),
                Long.class,
                WHOLE_NUMBER,
                long.class,
                WHOLE_NUMBER,
                Double.class,
                NUMBER,
                double.class,
                NUMBER,
                Boolean.class,
                BOOLEAN,
                boolean.class,
                BOOLEAN,
                OffsetDateTime.class,
                new JsonType(
                        value -> value.isTextual() && isOffsetDateTime(value.textValue()),
                        "must be an ISO-8601 date-time with offset, e.g. 2026-11-29T16:00:00Z"));

        static JsonType of(JavaType type) {
            JsonType rule = BY_JAVA_TYPE.get(type.getRawClass());
            if (rule == null) {
                throw new IllegalArgumentException("no JSON type rule for a field of type " + type + "; add one");
            }
            return rule;
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
