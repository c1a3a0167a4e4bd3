package io.cloudsuite.streamlimiter.service;

import io.cloudsuite.commons.problem.ProblemType;

/** The problem types this service answers beyond the shared ones. */
public final class StreamProblems {

    /** 429: the viewer already has as many active streams as the limit allows. */
    public static final ProblemType STREAM_LIMIT_REACHED = ProblemType.of("stream-limit-reached");
    /** 404: no active stream with this id for this viewer (never started, ended, expired or someone else's). */
    public static final ProblemType STREAM_NOT_FOUND = ProblemType.of("stream-not-found");

    private StreamProblems() {}
}
