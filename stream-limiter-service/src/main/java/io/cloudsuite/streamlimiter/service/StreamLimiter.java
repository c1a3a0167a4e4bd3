package io.cloudsuite.streamlimiter.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;

import io.cloudsuite.commons.backend.BackendCalls;
import io.cloudsuite.commons.backend.BackendUnavailableException;
import io.cloudsuite.commons.idempotency.IdempotencyKey;
import io.cloudsuite.commons.idempotency.IdempotencyProblems;
import io.cloudsuite.commons.problem.ProblemException;
import io.cloudsuite.commons.problem.Problems;
import io.cloudsuite.dynamodb.DynamoDbFailures;
import io.cloudsuite.streamlimiter.config.StreamLimiterConfig;
import io.cloudsuite.streamlimiter.repository.HeldSlot;
import io.cloudsuite.streamlimiter.repository.StreamRepository;
import io.cloudsuite.streamlimiter.repository.StreamRepository.KeyedClaim;

/**
 * Admits at most {@code limit} active streams per viewer, across every replica: a start takes one of the viewer's
 * slots with a conditional write, never after counting. Every DynamoDB call is classified by
 * {@link DynamoDbFailures}: outages become 503, failed conditions are answers handled here.
 */
@ApplicationScoped
public class StreamLimiter {

    private static final String BACKEND = "DynamoDB";
    /** Concurrent transactions on one item may cancel each other (DynamoDB's TransactionConflict); try again. */
    private static final int CONFLICT_ATTEMPTS = 5;

    private final StreamRepository repository;
    private final BackendCalls backend;
    private final StreamLimiterConfig config;
    private final Clock clock;

    /** @param clock the service's clock: leases run out, and key items are forgotten, by its time */
    public StreamLimiter(StreamRepository repository, BackendCalls backend, StreamLimiterConfig config, Clock clock) {
        this.repository = repository;
        this.backend = backend;
        this.config = config;
        this.clock = clock;
    }

    public int limit() {
        return config.limit();
    }

    /**
     * Starts a stream, or replays the one an earlier start with the same key created; 429 at the limit. One
     * strongly consistent read says which slots look free; only a conditional write takes one, so a slot another
     * replica took in between is simply not taken twice.
     */
    public StartedStream start(Viewer viewer, StreamDetails details, Optional<IdempotencyKey> key) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (key.isPresent()) {
            Optional<Stream> earlier = read(
                    () -> repository.startedWith(viewer.address(), key.get().value(), now));
            if (earlier.isPresent()) {
                return replay(earlier.get(), details);
            }
        }
        Stream stream =
                new Stream(UUID.randomUUID().toString(), viewer.address(), details, now, now.plus(config.lease()));
        List<HeldSlot> active = activeAt(viewer, now);
        List<Integer> lookFree = slotsNotIn(active);
        if (lookFree.isEmpty()) {
            throw limitReached(active, now);
        }
        for (int slot : lookFree) {
            Optional<StartedStream> started = key.isEmpty()
                    ? claim(slot, stream, now)
                    : claim(slot, stream, viewer, key.get().value(), now);
            if (started.isPresent()) {
                return started.get();
            }
        }
        // Other starts took the free-looking slots first: answer with what the viewer holds now.
        throw limitReached(activeAt(viewer, now), now);
    }

    /** The earlier start's stream, when this request is the same start; a 422 when the key named another body. */
    private static StartedStream replay(Stream earlier, StreamDetails details) {
        if (!earlier.details().equals(details)) {
            throw IdempotencyProblems.keyReused();
        }
        return new StartedStream(earlier, true);
    }

    private List<Integer> slotsNotIn(List<HeldSlot> active) {
        Set<Integer> busy = active.stream().map(HeldSlot::slot).collect(Collectors.toSet());
        return IntStream.rangeClosed(1, config.limit())
                .filter(slot -> !busy.contains(slot))
                .boxed()
                .toList();
    }

    private Optional<StartedStream> claim(int slot, Stream stream, Instant now) {
        return call(() -> repository.claim(slot, stream, now))
                ? Optional.of(new StartedStream(stream, false))
                : Optional.empty();
    }

    private Optional<StartedStream> claim(int slot, Stream stream, Viewer viewer, String key, Instant now) {
        Instant keyExpiry = now.plus(config.idempotencyTtl());
        for (int attempt = 0; attempt < CONFLICT_ATTEMPTS; attempt++) {
            KeyedClaim outcome = call(() -> repository.claim(slot, stream, key, keyExpiry, now));
            StreamDetails details = stream.details();
            switch (outcome) {
                case CLAIMED:
                    return Optional.of(new StartedStream(stream, false));
                case KEY_USED:
                    // A concurrent start with the same key won; answer with its stream.
                    return Optional.of(read(() -> repository.startedWith(viewer.address(), key, now))
                            .map(earlier -> replay(earlier, details))
                            .orElseThrow(() -> new IllegalStateException("idempotency item vanished after its write")));
                case SLOT_TAKEN:
                    return Optional.empty();
                case CONFLICT:
                default:
                    break; // a concurrent transaction on the same item: try again
            }
        }
        throw new BackendUnavailableException(BACKEND, "transactions kept conflicting", null).nothingChanged();
    }

    /** The viewer's active streams, earliest start first. */
    public List<Stream> active(Viewer viewer) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return activeAt(viewer, now).stream()
                .map(HeldSlot::stream)
                .sorted(Comparator.comparing(Stream::startedAt))
                .toList();
    }

    /** Renews the lease of the viewer's active stream; 404 for an unknown, ended, expired or other viewer's one. */
    public Stream heartbeat(Viewer viewer, String id) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        HeldSlot held = find(viewer, id, now);
        return call(() -> repository.renew(held, now.plus(config.lease()), now)).orElseThrow(() -> notFound(id));
    }

    /** Ends the viewer's active stream and frees its slot at once; 404 as for a heartbeat. */
    public Stream end(Viewer viewer, String id) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        HeldSlot held = find(viewer, id, now);
        return call(() -> repository.release(held, now)).orElseThrow(() -> notFound(id));
    }

    private HeldSlot find(Viewer viewer, String id, Instant now) {
        return activeAt(viewer, now).stream()
                .filter(held -> held.stream().id().equals(id))
                .findFirst()
                .orElseThrow(() -> notFound(id));
    }

    private List<HeldSlot> activeAt(Viewer viewer, Instant now) {
        return read(() -> repository.slots(viewer.address())).stream()
                .filter(held -> held.isActiveAt(now))
                .toList();
    }

    private ProblemException limitReached(List<HeldSlot> held, Instant now) {
        List<Stream> active = held.stream()
                .map(HeldSlot::stream)
                .sorted(Comparator.comparing(Stream::startedAt))
                .toList();
        Instant earliestExpiry = active.stream()
                .map(Stream::expiresAt)
                .min(Comparator.naturalOrder())
                .orElse(now);
        long retryAfterSeconds = Math.max(1, ceilSeconds(Duration.between(now, earliestExpiry)));
        return new ProblemException(
                        Status.TOO_MANY_REQUESTS,
                        StreamProblems.STREAM_LIMIT_REACHED,
                        "A viewer may watch at most " + config.limit()
                                + " streams at once; end one of the active streams "
                                + "or retry when the earliest lease runs out.")
                .withMember("limit", config.limit())
                .withMember("active", active.stream().map(Stream::id).toList())
                .withHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
    }

    private static ProblemException notFound(String id) {
        return new ProblemException(
                Status.NOT_FOUND,
                StreamProblems.STREAM_NOT_FOUND,
                "This viewer has no active stream with id " + Problems.echo(id)
                        + ": it never started, has ended, its lease ran out, or it is another viewer's.");
    }

    private static long ceilSeconds(Duration duration) {
        long millis = duration.toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    private <T> T call(Supplier<T> dynamoCall) {
        return backend.blocking(BACKEND, DynamoDbFailures.INSTANCE, dynamoCall);
    }

    /**
     * A read that comes before any write of the request (or after the only one was refused): its outage changed
     * nothing, and the 503 says so.
     */
    private <T> T read(Supplier<T> dynamoRead) {
        try {
            return call(dynamoRead);
        } catch (BackendUnavailableException outage) {
            throw outage.nothingChanged();
        }
    }
}
