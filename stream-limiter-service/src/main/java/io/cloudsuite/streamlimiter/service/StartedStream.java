package io.cloudsuite.streamlimiter.service;

/**
 * The outcome of a start.
 *
 * @param replayed true when an earlier start with the same Idempotency-Key created the stream and this one took no slot
 */
public record StartedStream(Stream stream, boolean replayed) {}
