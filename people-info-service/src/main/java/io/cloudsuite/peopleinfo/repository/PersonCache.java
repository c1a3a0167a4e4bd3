package io.cloudsuite.peopleinfo.repository;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudsuite.peopleinfo.config.PeopleInfoConfig;
import io.cloudsuite.peopleinfo.service.Person;
import io.cloudsuite.peopleinfo.service.PersonId;
import io.cloudsuite.peopleinfo.service.PersonJson;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.hash.ReactiveHashCommands;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * The optional read cache of people by id in Redis. Every call is bounded by {@code people-info.cache.timeout}
 * and never fails: an error or a late answer is logged, counted ({@code people.cache.errors}) and treated as a miss
 * (reads) or as done (writes), so requests go on with DynamoDB whatever state Redis is in.
 *
 * <p>Entries carry the person's version and are only ever replaced by a newer one (see
 * {@link #STORE_IF_NOT_OLDER}), so a slow read can never put an older person back over a newer write, and
 * a deletion leaves a marker that keeps the person out of the cache until the TTL ends.
 */
@Startup // its metrics exist from the first scrape, and the retry timer runs from the start
@ApplicationScoped
public class PersonCache {

    private static final Logger LOG = Logger.getLogger(PersonCache.class);
    /**
     * Caches a person unless the cache already holds a newer version of it, in one atomic step. KEYS[1]: the
     * person's key (a hash: version, person); ARGV: the version, the person's JSON ("" for "not cached: deleted or
     * only known to be at least this version"), the TTL in seconds. A read that started before a write may finish
     * after it: without the check it would put the old version back.
     */
    private static final String STORE_IF_NOT_OLDER = """
            local cached = redis.call('HGET', KEYS[1], 'version')
            if cached and tonumber(cached) > tonumber(ARGV[1]) then
              return 0
            end
            redis.call('HSET', KEYS[1], 'version', ARGV[1], 'person', ARGV[2])
            redis.call('EXPIRE', KEYS[1], ARGV[3])
            return 1
            """;
    /** Above any real version: what a deletion stores, so no read puts the person back. */
    private static final long DELETED_VERSION = Long.MAX_VALUE / 2;

    private static final String VERSION_FIELD = "version";
    private static final String PERSON_FIELD = "person";
    private static final long LOG_INTERVAL_NANOS = Duration.ofSeconds(1).toNanos();

    private final ReactiveRedisDataSource redis;
    private final ReactiveHashCommands<String, String, String> hashes;
    private final ObjectMapper json;
    private final String keyPrefix;
    private final String ttlSeconds;
    private final Duration timeout;
    private final Counter hits;
    private final Counter misses;
    private final MeterRegistry metrics;
    private final UnconfirmedWrites unconfirmed;
    private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_INTERVAL_NANOS);

    public PersonCache(
            ReactiveRedisDataSource redis,
            ObjectMapper json,
            PeopleInfoConfig config,
            MeterRegistry metrics,
            Vertx vertx) {
        this.redis = redis;
        this.hashes = redis.hash(String.class);
        this.json = json;
        this.keyPrefix = config.cache().keyPrefix() + ":person:";
        this.ttlSeconds = Long.toString(Math.max(1, config.cache().ttl().toSeconds()));
        this.timeout = config.cache().timeout();
        this.metrics = metrics;
        this.hits = Counter.builder("people.cache.hits")
                .description("Reads of a person by id served from Redis")
                .register(metrics);
        this.misses = Counter.builder("people.cache.misses")
                .description("Reads of a person by id that Redis did not hold (served from DynamoDB)")
                .register(metrics);
        errors("read");
        errors("write");
        this.unconfirmed = new UnconfirmedWrites(this, config.cache().ttl(), metrics, vertx);
    }

    /**
     * The cached person as the API answers it, or empty on a miss, a deletion marker, or any cache failure. A person
     * whose last write this replica could not confirm in Redis is not read from the cache at all, so this replica at
     * least serves its own writes.
     */
    public Uni<Optional<PersonJson>> find(PersonId id) {
        if (unconfirmed.contains(id)) {
            misses.increment();
            return Uni.createFrom().item(Optional.empty());
        }
        return bounded("read", hashes.hmget(key(id), VERSION_FIELD, PERSON_FIELD))
                .map(fields -> {
                    Optional<PersonJson> person = cached(fields);
                    (person.isPresent() ? hits : misses).increment();
                    return person;
                })
                .onFailure()
                .recoverWithItem(Optional.empty());
    }

    /** The person's JSON as the API answers it and as the cache keeps it. */
    public PersonJson toJson(Person person) {
        try {
            return new PersonJson(person.version(), json.writeValueAsString(person));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a person always serialises", e);
        }
    }

    /** Caches a person read from DynamoDB, unless the cache holds a newer version already. Best effort. */
    public Uni<Void> storeRead(PersonId id, PersonJson person) {
        return storeIfNotOlder(id, person.version(), person.json()).replaceWithVoid();
    }

    /**
     * Caches the version a write just stored, so no replica reads an older one from the cache. When Redis does not
     * take it, the write is remembered and retried (see {@link UnconfirmedWrites}).
     */
    public Uni<Void> storeWritten(Person person) {
        PersonId id = new PersonId(person.id());
        return storeIfNotOlder(id, person.version(), toJson(person).json())
                .invoke(stored -> unconfirmed.confirmOrRemember(id, person.version(), stored))
                .replaceWithVoid();
    }

    /** Keeps a deleted person out of the cache on every replica until the TTL ends; retried like a write. */
    public Uni<Void> markDeleted(PersonId id) {
        return storeIfNotOlder(id, DELETED_VERSION, "")
                .invoke(stored -> unconfirmed.confirmOrRemember(id, DELETED_VERSION, stored))
                .replaceWithVoid();
    }

    /**
     * Tells readers of every replica that nothing older than this version may be served, without caching a person:
     * how an unconfirmed write is repaired once Redis answers again.
     */
    Uni<Boolean> invalidateBelow(PersonId id, long version) {
        return storeIfNotOlder(id, version, "");
    }

    /** @return whether Redis took the call in time (whether or not the script stored anything) */
    private Uni<Boolean> storeIfNotOlder(PersonId id, long version, String serialized) {
        // Plain EVAL rather than EVALSHA: a restarted Redis has an empty script cache, and the NOSCRIPT fallback
        // would cost a second round trip inside the same 100 ms.
        return bounded(
                        "write",
                        redis.execute(
                                "EVAL",
                                STORE_IF_NOT_OLDER,
                                "1",
                                key(id),
                                Long.toString(version),
                                serialized,
                                ttlSeconds))
                .replaceWith(true)
                .onFailure()
                .recoverWithItem(false);
    }

    private <T> Uni<T> bounded(String operation, Uni<T> call) {
        return call.ifNoItem().after(timeout).fail().onFailure().invoke(failure -> {
            errors(operation).increment();
            logThrottled(operation, failure);
        });
    }

    /** At most one line per second: with Redis down every request fails a cache call, and the count is a metric. */
    private void logThrottled(String operation, Throwable failure) {
        long now = System.nanoTime();
        long last = lastLogged.get();
        if (now - last >= LOG_INTERVAL_NANOS && lastLogged.compareAndSet(last, now)) {
            LOG.warnf(
                    "Redis cache %s failed, going on without the cache (further failures within 1 s are only "
                            + "counted in people_cache_errors_total): %s",
                    operation, failure.toString());
        }
    }

    private Counter errors(String operation) {
        return Counter.builder("people.cache.errors")
                .description("Cache calls that failed or took longer than people-info.cache.timeout")
                .tag("operation", operation)
                .register(metrics);
    }

    /**
     * The entry's version and JSON, sent as they are: only {@link #storeIfNotOlder} writes them, from {@link #toJson}.
     * An entry that is not one (a deletion marker, say, or the writing of another version of the service) is a miss,
     * and the next store replaces it.
     */
    private Optional<PersonJson> cached(Map<String, String> fields) {
        String person = fields.get(PERSON_FIELD);
        String version = fields.get(VERSION_FIELD);
        if (person == null || person.isEmpty() || version == null) {
            return Optional.empty();
        }
        try {
            long parsed = Long.parseLong(version);
            if (parsed >= 1 && parsed < DELETED_VERSION && person.startsWith("{") && person.endsWith("}")) {
                return Optional.of(new PersonJson(parsed, person));
            }
        } catch (NumberFormatException unreadable) {
            // reported below, like any other entry that is not a person
        }
        LOG.warnf("Unreadable cache entry ignored (version %s)", version);
        return Optional.empty();
    }

    private String key(PersonId id) {
        return keyPrefix + id.value();
    }
}
