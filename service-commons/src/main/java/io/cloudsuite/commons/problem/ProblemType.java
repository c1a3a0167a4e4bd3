package io.cloudsuite.commons.problem;

import java.net.URI;

/** The problem types the suite distinguishes beyond the HTTP status itself. */
public enum ProblemType {
    /** RFC 9457's default: the status code and title say everything. */
    HTTP_STATUS("about:blank"),
    VALIDATION_FAILED("urn:cloudsuite:problem:validation-failed"),
    MALFORMED_REQUEST_BODY("urn:cloudsuite:problem:malformed-request-body"),
    BACKEND_UNAVAILABLE("urn:cloudsuite:problem:backend-unavailable"),
    INTERNAL_ERROR("urn:cloudsuite:problem:internal-error");

    private final URI uri;

    ProblemType(String uri) {
        this.uri = URI.create(uri);
    }

    public URI uri() {
        return uri;
    }
}
