package io.cloudsuite.bullets.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudsuite.bullets.config.BulletsConfig;
import io.cloudsuite.bullets.service.FiredBullet;
import io.cloudsuite.commons.idempotency.IdempotencyKey;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;

/**
 * The shared bullet counter in Redis: one key for the total (no TTL), one short-lived key per idempotency key and one
 * per client and window counting the records it created (both with a TTL). Under Redis' {@code volatile-lru} eviction policy
 * a full Redis evicts the least recently used records, never the counter, and keeps the hot per-client rate keys.
 */
@ApplicationScoped
public class BulletRepository {

    /** Check-and-increment as one atomic step, so concurrent duplicates count once across every replica. */
    private static final String INCREMENT_ONCE_SCRIPT = loadScript("/redis/increment-once.lua");

    private final ReactiveRedisDataSource redis;
    private final ReactiveValueCommands<String, Long> counters;
    private final String counterKey;
    private final String idempotencyKeyPrefix;
    private final String idempotencyTtlSeconds;
    private final String recordRateKeyPrefix;
    private final String recordsPerClient;
    private final long windowSeconds;
    private final Clock clock;

    /** @param clock the service's clock: it says which record window a request falls in */
    public BulletRepository(ReactiveRedisDataSource redis, BulletsConfig config, Clock clock) {
        this.redis = redis;
        this.clock = clock;
        this.counters = redis.value(Long.class);
        this.counterKey = config.keyPrefix() + ":fired_bullets";
        this.idempotencyKeyPrefix = config.keyPrefix() + ":idempotency:";
        this.idempotencyTtlSeconds = Long.toString(config.idempotencyTtl().toSeconds());
        this.recordRateKeyPrefix = config.keyPrefix() + ":idempotency-rate:";
        this.recordsPerClient = Integer.toString(config.idempotencyRecordsPerClient());
        this.windowSeconds = Math.max(1, config.idempotencyRecordWindow().toSeconds());
    }

    public Uni<Long> increment() {
        return counters.incr(counterKey);
    }

    /**
     * Counts the bullet unless the key was seen before; empty when the client has created its most records this
     * window (nothing counted).
     *
     * @param client the client's address, as the HTTP layer resolved it
     */
    public Uni<Optional<FiredBullet>> incrementOnce(IdempotencyKey key, String client) {
        long window = clock.instant().getEpochSecond() / windowSeconds;
        // Plain EVAL rather than EVALSHA: a restarted Redis has an empty script cache, and the NOSCRIPT
        // fallback would cost a second round trip inside the same time budget.
        return redis.execute(
                        "EVAL",
                        INCREMENT_ONCE_SCRIPT,
                        "3",
                        counterKey,
                        idempotencyKeyPrefix + key.value(),
                        recordRateKeyPrefix + client + ":" + window,
                        idempotencyTtlSeconds,
                        recordsPerClient,
                        Long.toString(windowSeconds))
                .map(BulletRepository::toFiredBullet);
    }

    /** Seconds until the current record window ends: when a refused client may create records again. */
    public long secondsLeftInWindow() {
        return windowSeconds - clock.instant().getEpochSecond() % windowSeconds;
    }

    public Uni<Long> total() {
        return counters.get(counterKey).map(total -> total == null ? 0L : total);
    }

    private static Optional<FiredBullet> toFiredBullet(Response reply) {
        long total = reply.get(0).toLong();
        return total < 0
                ? Optional.empty()
                : Optional.of(new FiredBullet(total, reply.get(1).toInteger() == 1));
    }

    private static String loadScript(String resource) {
        try (InputStream in = BulletRepository.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
