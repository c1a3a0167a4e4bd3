package io.cloudsuite.peopleinfo.repository;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

import io.cloudsuite.peopleinfo.service.PersonId;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;

/**
 * Acknowledged writes whose cache update Redis did not take (stalled, failing over, unreachable from this replica):
 * until it does, another replica could read the older version from the cache. Each is retried every half second
 * as an invalidation ("nothing older than version N"), until Redis takes it or the cache TTL has passed since the
 * write (then any older entry has expired anyway). Retrying is safe: the script never lets an older version win.
 *
 * <p>Bounded: beyond {@value #MAX_ENTRIES} people, further ones are not tracked (logged); the TTL still bounds how
 * long a stale entry can be served.
 */
final class UnconfirmedWrites {

    private static final Logger LOG = Logger.getLogger(UnconfirmedWrites.class);
    private static final int MAX_ENTRIES = 100_000;
    private static final long RETRY_INTERVAL_MILLIS = 500;

    private final PersonCache cache;
    private final long ttlNanos;
    private final Map<PersonId, Pending> pending = new ConcurrentHashMap<>();

    private record Pending(long version, long rememberedAtNanos) {}

    UnconfirmedWrites(PersonCache cache, Duration ttl, MeterRegistry metrics, Vertx vertx) {
        this.cache = cache;
        this.ttlNanos = ttl.toNanos();
        Gauge.builder("people.cache.unconfirmed.writes", pending, Map::size)
                .description("People whose last write this replica could not confirm in Redis yet")
                .register(metrics);
        vertx.setPeriodic(RETRY_INTERVAL_MILLIS, timer -> retry());
    }

    boolean contains(PersonId id) {
        return !pending.isEmpty() && pending.containsKey(id);
    }

    /** Records the outcome of a write's cache update: forgotten when Redis took it, remembered when not. */
    void confirmOrRemember(PersonId id, long version, boolean stored) {
        if (stored) {
            pending.computeIfPresent(id, (key, earlier) -> earlier.version() <= version ? null : earlier);
            return;
        }
        if (pending.size() >= MAX_ENTRIES && !pending.containsKey(id)) {
            LOG.warnf(
                    "More than %d unconfirmed cache writes: not tracking %s; the cache TTL bounds its staleness",
                    MAX_ENTRIES, id);
            return;
        }
        Pending now = new Pending(version, System.nanoTime());
        pending.merge(id, now, (earlier, later) -> later.version() >= earlier.version() ? later : earlier);
    }

    private void retry() {
        if (pending.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        pending.forEach((id, entry) -> {
            if (now - entry.rememberedAtNanos() > ttlNanos) {
                pending.remove(id, entry);
                return;
            }
            cache.invalidateBelow(id, entry.version()).subscribe().with(stored -> {
                if (stored) {
                    pending.remove(id, entry);
                }
            });
        });
    }
}
