package io.cloudsuite.bullets.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.cloudsuite.bullets.repository.BulletRepository;
import io.cloudsuite.commons.backend.BackendCalls;
import io.cloudsuite.commons.idempotency.IdempotencyKey;
import io.cloudsuite.commons.problem.ProblemException;
import io.cloudsuite.commons.problem.ProblemType;
import io.smallrye.mutiny.Uni;

/** Counts fired bullets; every call is bounded in time and a Redis failure becomes a 503-worthy outage. */
@ApplicationScoped
public class BulletCounter {

    private static final String BACKEND = "Redis";
    static final ProblemType TOO_MANY_IDEMPOTENCY_KEYS = ProblemType.of("too-many-idempotency-keys");

    private final BulletRepository repository;
    private final BackendCalls backend;

    public BulletCounter(BulletRepository repository, BackendCalls backend) {
        this.repository = repository;
        this.backend = backend;
    }

    /**
     * Counts one bullet, or none when the key was seen before; 429 when the client created its most idempotency
     * records this window.
     *
     * @param client the client's address, which the bound on new idempotency records counts against
     */
    public Uni<FiredBullet> fire(Optional<IdempotencyKey> key, String client) {
        if (key.isEmpty()) {
            return backend.guard(BACKEND, repository.increment().map(total -> new FiredBullet(total, false)));
        }
        return backend.guard(BACKEND, repository.incrementOnce(key.get(), client))
                .map(fired -> fired.orElseThrow(this::tooManyRecords));
    }

    private ProblemException tooManyRecords() {
        long retryAfter = repository.secondsLeftInWindow();
        return new ProblemException(
                        Response.Status.TOO_MANY_REQUESTS,
                        TOO_MANY_IDEMPOTENCY_KEYS,
                        "This client has created as many new Idempotency-Keys as it may for now; nothing was counted. "
                                + "Retry after " + retryAfter + " s, or send bullets without a key.")
                .withHeader(HttpHeaders.RETRY_AFTER, retryAfter);
    }

    public Uni<Long> total() {
        return backend.guard(BACKEND, repository.total());
    }
}
