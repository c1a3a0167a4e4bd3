package io.cloudsuite.bullets.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudsuite.bullets.repository.BulletRepository;
import io.cloudsuite.commons.backend.BackendCalls;
import io.cloudsuite.commons.idempotency.IdempotencyKey;
import io.smallrye.mutiny.Uni;

/** Counts fired bullets; every call is bounded in time and a Redis failure becomes a 503-worthy outage. */
@ApplicationScoped
public class BulletCounter {

    private static final String BACKEND = "Redis";

    private final BulletRepository repository;
    private final BackendCalls backend;

    public BulletCounter(BulletRepository repository, BackendCalls backend) {
        this.repository = repository;
        this.backend = backend;
    }

    /** Counts one bullet, or none when the key was seen before. */
    public Uni<FiredBullet> fire(Optional<IdempotencyKey> key) {
        Uni<FiredBullet> fired = key.map(repository::incrementOnce)
                .orElseGet(() -> repository.increment().map(total -> new FiredBullet(total, false)));
        return backend.guard(BACKEND, fired);
    }

    public Uni<Long> total() {
        return backend.guard(BACKEND, repository.total());
    }
}
