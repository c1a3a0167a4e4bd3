package io.cloudsuite.streamlimiter.rest;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudsuite.commons.problem.InvalidInputException;
import io.cloudsuite.commons.problem.ProblemDetail;
import io.cloudsuite.commons.problem.StoredText;
import io.cloudsuite.streamlimiter.service.StreamDetails;

/**
 * Reads the JSON bodies of this API field by field, so a 400 lists every wrong field at once (a type mismatch,
 * an unknown field, a value out of range), where plain data binding stops at the first.
 */
@ApplicationScoped
public class JsonBodies {

    private static final String TEXT = "must be a string of at most " + StreamDetails.MAX_TEXT + " characters";
    private static final Map<String, Rule> START_FIELDS = Map.of(
            "video_name", new Rule(JsonBodies::isText, TEXT),
            "codec_info", new Rule(JsonBodies::isText, TEXT),
            "file_type", new Rule(JsonBodies::isText, TEXT),
            "src", new Rule(JsonBodies::isText, TEXT),
            "size", new Rule(node -> node.isIntegralNumber() && node.canConvertToLong() && node.asLong() >= 0,
                    "must be a whole number of bytes, 0 or more"),
            "framerate", new Rule(node -> node.isNumber() && node.asDouble() > 0 && Double.isFinite(node.asDouble()),
                    "must be a number of frames per second above 0"),
            "video_playing", new Rule(JsonNode::isBoolean, "must be true or false"),
            "video_start_time", new Rule(JsonBodies::isDateTime, "must be an ISO-8601 date-time with offset, "
                    + "e.g. 2026-11-29T16:00:00Z"),
            "video_end_time", new Rule(JsonBodies::isDateTime, "must be an ISO-8601 date-time with offset, "
                    + "e.g. 2026-11-29T17:30:00Z"));
    private static final Set<String> JSON_TYPES = Set.of("application/json", "application/merge-patch+json");

    private final ObjectMapper json;

    public JsonBodies(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The details of a start; none for an empty body, whatever Content-Type a client library declared for it
     * (some send one with every POST). 415 for a non-JSON body, 400 listing every wrong field.
     */
    public StreamDetails streamDetails(String contentType, String body) throws IOException {
        if (body == null || body.isBlank()) {
            return StreamDetails.NONE;
        }
        requireJson(contentType, body);
        JsonNode root = requireObject(json.readTree(body));
        List<ProblemDetail.FieldError> errors = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            Rule rule = START_FIELDS.get(field.getKey());
            if (rule == null) {
                errors.add(new ProblemDetail.FieldError(field.getKey(), "is not a field of a stream"));
            } else if (!field.getValue().isNull() && !rule.accepts().test(field.getValue())) {
                errors.add(new ProblemDetail.FieldError(field.getKey(), rule.message()));
            } else if (field.getValue().isTextual() && !StoredText.isWellFormed(field.getValue().textValue())) {
                errors.add(new ProblemDetail.FieldError(field.getKey(), StoredText.NOT_WELL_FORMED));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return json.treeToValue(root, StreamDetails.class);
    }

    /** A PATCH must say {@code {"video_ended": true}}: the one change this API accepts. */
    public void requireVideoEnded(String contentType, String body) throws IOException {
        requireJson(contentType, body);
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("video_ended", "must be true");
        }
        JsonNode root = requireObject(json.readTree(body));
        List<ProblemDetail.FieldError> errors = new ArrayList<>();
        root.fieldNames().forEachRemaining(name -> {
            if (!name.equals("video_ended")) {
                errors.add(new ProblemDetail.FieldError(name, "is not a field this operation changes"));
            }
        });
        JsonNode ended = root.get("video_ended");
        if (ended == null || !ended.isBoolean() || !ended.asBoolean()) {
            errors.add(new ProblemDetail.FieldError("video_ended", "must be true"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void requireJson(String contentType, String body) {
        boolean declared = contentType != null && !contentType.isBlank();
        if (!declared) {
            if (body != null && !body.isBlank()) {
                throw new WebApplicationException(Status.UNSUPPORTED_MEDIA_TYPE);
            }
            return;
        }
        MediaType type;
        try {
            type = MediaType.valueOf(contentType);
        } catch (IllegalArgumentException unparsable) {
            throw new WebApplicationException(Status.UNSUPPORTED_MEDIA_TYPE);
        }
        if (!JSON_TYPES.contains(type.getType() + "/" + type.getSubtype())) {
            throw new WebApplicationException(Status.UNSUPPORTED_MEDIA_TYPE);
        }
    }

    private static JsonNode requireObject(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InvalidInputException("body", "must be a JSON object");
        }
        return root;
    }

    private static boolean isText(JsonNode node) {
        return node.isTextual() && node.asText().length() <= StreamDetails.MAX_TEXT;
    }

    private static boolean isDateTime(JsonNode node) {
        if (!node.isTextual()) {
            return false;
        }
        try {
            OffsetDateTime.parse(node.asText());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private record Rule(Predicate<JsonNode> accepts, String message) {
    }
}
