package io.cloudsuite.commons.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.ws.rs.core.Response;

/**
 * A problem a service answers on purpose (401, 409, 412, 428, 429, …): status, type, detail, extra members of the
 * problem document and response headers. The shared mapper writes it as {@code application/problem+json}, filling in
 * the title and the instance, so a service never builds an error response itself.
 *
 * <pre>{@code
 * throw new ProblemException(Status.TOO_MANY_REQUESTS, STREAM_LIMIT_REACHED, "At most 3 streams at once.")
 *         .withMember("active", activeStreamIds)
 *         .withHeader(HttpHeaders.RETRY_AFTER, 17);
 * }</pre>
 */
public class ProblemException extends RuntimeException {

    /** Members every problem document has; an extension member must not replace them. */
    private static final Set<String> STANDARD_MEMBERS =
            Set.of("type", "title", "status", "detail", "instance", "errors");

    private final Response.StatusType status;
    private final ProblemType type;
    private final String detail;
    private final Map<String, Object> members = new LinkedHashMap<>();
    private final Map<String, Object> headers = new LinkedHashMap<>();

    /**
     * @param detail what went wrong with this request, for the client; quote client input with {@link Problems#echo}
     */
    public ProblemException(Response.StatusType status, ProblemType type, String detail) {
        // No stack trace: this is an answer, not a failure, and it is raised on hot paths (e.g. every 429).
        super(status.getStatusCode() + " " + type.uri() + ": " + detail, null, false, false);
        this.status = Objects.requireNonNull(status, "status");
        this.type = Objects.requireNonNull(type, "type");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /** Adds an extension member to the problem document, e.g. the ids of a viewer's active streams. */
    public ProblemException withMember(String name, Object value) {
        if (STANDARD_MEMBERS.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is a standard problem member, not an extension");
        }
        members.put(name, value);
        return this;
    }

    /** Adds a response header, e.g. {@code Retry-After} or {@code WWW-Authenticate}. */
    public ProblemException withHeader(String name, Object value) {
        headers.put(name, value);
        return this;
    }

    public Response.StatusType status() {
        return status;
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return detail;
    }

    public Map<String, Object> members() {
        return Collections.unmodifiableMap(members);
    }

    public Map<String, Object> headers() {
        return Collections.unmodifiableMap(headers);
    }
}
