package io.cloudsuite.streamlimiter.rest;

import java.io.IOException;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudsuite.commons.problem.InvalidInputException;
import io.cloudsuite.commons.validation.JsonRequests;
import io.cloudsuite.streamlimiter.service.StreamDetails;

/**
 * Reads the JSON bodies of this API (415 for another media type), so a 400 lists every wrong field at once (a type mismatch, an unknown field, a
 * value out of range), where plain data binding stops at the first. The rules of a start are {@link StreamDetails}'
 * constraints.
 */
@ApplicationScoped
public class JsonBodies {

    private static final Set<String> JSON_TYPES = Set.of("application/json", "application/merge-patch+json");

    private final ObjectMapper json;
    private final JsonRequests requests;

    public JsonBodies(ObjectMapper json, JsonRequests requests) {
        this.json = json;
        this.requests = requests;
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
        return requests.read(json.readTree(body), StreamDetails.class, field -> "is not a field of a stream");
    }

    /** A PATCH must say {@code {"video_ended": true}}: the one change this API accepts. */
    public void requireVideoEnded(String contentType, String body) throws IOException {
        requireJson(contentType, body);
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("video_ended", "must be true");
        }
        requests.read(
                json.readTree(body), StreamResource.VideoEnded.class, field -> "is not a field this operation changes");
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
}
