package io.cloudsuite.konnichiwa.rest;

import io.cloudsuite.commons.problem.ProblemType;

/** The problems only this service answers. */
final class KonnichiwaProblems {

    /** 401: no Bearer credentials at all (no Authorization header, another scheme, an empty token). */
    static final ProblemType API_KEY_REQUIRED = ProblemType.of("api-key-required");
    /** 401: a Bearer token that is none of the configured API keys. */
    static final ProblemType INVALID_API_KEY = ProblemType.of("invalid-api-key");
    /** 429: too many wrong keys from one client address; retry when the window has passed. */
    static final ProblemType TOO_MANY_FAILED_ATTEMPTS = ProblemType.of("too-many-failed-attempts");

    private KonnichiwaProblems() {}
}
