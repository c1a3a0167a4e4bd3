package io.cloudsuite.bullets.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudsuite.bullets.config.BulletsConfig;
import io.cloudsuite.bullets.service.FiredBullet;
import io.cloudsuite.commons.idempotency.IdempotencyKey;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;

/** The shared bullet counter in Redis: one key for the total, one short-lived key per idempotency key. */
@ApplicationScoped
public class BulletRepository {

    /** Check-and-increment as one atomic step, so concurrent duplicates count once across every replica. */
    private static final String INCREMENT_ONCE_SCRIPT = loadScript("/redis/increment-once.lua");

    private final ReactiveRedisDataSource redis;
    private final ReactiveValueCommands<String, Long> counters;
    private final String counterKey;
    private final String idempotencyKeyPrefix;
    private final String idempotencyTtlSeconds;

    public BulletRepository(ReactiveRedisDataSource redis, BulletsConfig config) {
        this.redis = redis;
        this.counters = redis.value(Long.class);
        this.counterKey = config.keyPrefix() + ":fired_bullets";
        this.idempotencyKeyPrefix = config.keyPrefix() + ":idempotency:";
        this.idempotencyTtlSeconds = Long.toString(config.idempotencyTtl().toSeconds());
    }

    public Uni<Long> increment() {
        return counters.incr(counterKey);
    }

    public Uni<FiredBullet> incrementOnce(IdempotencyKey key) {
        // Plain EVAL rather than EVALSHA: a restarted Redis has an empty script cache, and the NOSCRIPT
        // fallback would cost a second round trip inside the same time budget.
        return redis.execute("EVAL", INCREMENT_ONCE_SCRIPT, "2", counterKey, idempotencyKeyPrefix + key.value(),
                idempotencyTtlSeconds)
                .map(BulletRepository::toFiredBullet);
    }

    public Uni<Long> total() {
        return counters.get(counterKey).map(total -> total == null ? 0L : total);
    }

    private static FiredBullet toFiredBullet(Response reply) {
        return new FiredBullet(reply.get(0).toLong(), reply.get(1).toInteger() == 1);
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
