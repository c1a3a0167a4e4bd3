package io.cloudsuite.streamlimiter.service;

import java.time.Instant;

/**
 * One stream a viewer watches, active until it ends or its lease runs out.
 *
 * @param expiresAt when the lease runs out unless a heartbeat renews it
 */
public record Stream(String id, String viewer, StreamDetails details, Instant startedAt, Instant expiresAt) {

    public boolean isActiveAt(Instant now) {
        return expiresAt.isAfter(now);
    }

    public Stream renewedUntil(Instant newExpiry) {
        return new Stream(id, viewer, details, startedAt, newExpiry);
    }
}
