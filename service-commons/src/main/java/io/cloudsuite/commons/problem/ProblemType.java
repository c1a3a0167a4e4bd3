package io.cloudsuite.commons.problem;

import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The kind of a problem beyond its HTTP status: an open set, so each service names its own kinds (a 429 "stream limit
 * reached", a 412 "stale entity version") beside the shared ones below, without editing this module.
 *
 * @param uri the problem document's {@code type} member
 */
public record ProblemType(URI uri) {

    private static final String URN_PREFIX = "urn:cloudsuite:problem:";
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** RFC 9457's default: the status code and title say everything. */
    public static final ProblemType HTTP_STATUS = new ProblemType(URI.create("about:blank"));

    public static final ProblemType VALIDATION_FAILED = of("validation-failed");
    public static final ProblemType MALFORMED_REQUEST_BODY = of("malformed-request-body");
    public static final ProblemType BACKEND_UNAVAILABLE = of("backend-unavailable");
    public static final ProblemType INTERNAL_ERROR = of("internal-error");

    public ProblemType {
        Objects.requireNonNull(uri, "uri");
    }

    /**
     * The suite's URN for a kind of problem, e.g. {@code of("rate-limited")} is
     * {@code urn:cloudsuite:problem:rate-limited}.
     *
     * @param name lower-case words joined by hyphens
     */
    public static ProblemType of(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a problem type name is lower-case words joined by hyphens: " + name);
        }
        return new ProblemType(URI.create(URN_PREFIX + name));
    }
}
