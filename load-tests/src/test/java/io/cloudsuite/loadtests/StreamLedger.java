package io.cloudsuite.loadtests;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the simulation knows for certain about each viewer's active streams, from the answers alone: a stream is
 * certainly active from its 201 until the client sends its end, as long as its lease (the answer's
 * {@code expires_at}, less a margin for clock skew) has not run out. When a 201 makes that set larger than the
 * limit, the service held more than the limit at that moment: every stream in the set had been admitted (its 201
 * had arrived) and none had been ended or had expired.
 */
final class StreamLedger {

    static final String WITHIN_LIMIT = "within the limit";
    private static final Duration SKEW_MARGIN = Duration.ofSeconds(5);

    private final int limit;
    private final Map<String, Map<String, Instant>> heldByViewer = new ConcurrentHashMap<>();

    StreamLedger(int limit) {
        this.limit = limit;
    }

    /** A 201: the stream is active until the given lease end. Returns {@link #WITHIN_LIMIT} or what went wrong. */
    String started(String viewer, String streamId, String expiresAt) {
        Instant leaseEnd = parse(expiresAt);
        if (streamId == null || leaseEnd == null) {
            return "a 201 without an id and an ISO-8601 expires_at: id=" + streamId + ", expires_at=" + expiresAt;
        }
        Map<String, Instant> held = heldByViewer.computeIfAbsent(viewer, v -> new HashMap<>());
        synchronized (held) {
            Instant now = Instant.now();
            held.values().removeIf(end -> end.minus(SKEW_MARGIN).isBefore(now));
            held.put(streamId, leaseEnd);
            if (held.size() > limit) {
                return "viewer " + viewer + " held " + held.size() + " active streams at once (limit " + limit + "): "
                        + held.keySet();
            }
        }
        return WITHIN_LIMIT;
    }

    /** A 429: the streams it lists as active can never be more than the limit. */
    String refused(String viewer, int listedActive) {
        return listedActive <= limit
                ? WITHIN_LIMIT
                : "a 429 for viewer " + viewer + " listed " + listedActive + " active streams (limit " + limit + ")";
    }

    /** A heartbeat's 200: the lease now ends later. */
    void renewed(String viewer, String streamId, String expiresAt) {
        Instant leaseEnd = parse(expiresAt);
        Map<String, Instant> held = heldByViewer.get(viewer);
        if (held != null && leaseEnd != null) {
            synchronized (held) {
                held.computeIfPresent(streamId, (id, previous) -> leaseEnd);
            }
        }
    }

    /** About to send the end: from now on the service may free the slot at any moment. */
    void ending(String viewer, String streamId) {
        Map<String, Instant> held = heldByViewer.get(viewer);
        if (held != null) {
            synchronized (held) {
                held.remove(streamId);
            }
        }
    }

    private static Instant parse(String timestamp) {
        if (timestamp == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(timestamp).toInstant();
        } catch (DateTimeParseException notOffsetForm) {
            try {
                return Instant.parse(timestamp);
            } catch (DateTimeParseException notInstant) {
                return null;
            }
        }
    }
}
