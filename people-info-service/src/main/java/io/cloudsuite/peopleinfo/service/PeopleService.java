package io.cloudsuite.peopleinfo.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudsuite.commons.backend.BackendCalls;
import io.cloudsuite.commons.backend.BackendUnavailableException;
import io.cloudsuite.commons.idempotency.IdempotencyKey;
import io.cloudsuite.commons.idempotency.IdempotencyProblems;
import io.cloudsuite.commons.idempotency.RequestFingerprint;
import io.cloudsuite.dynamodb.DynamoDbFailures;
import io.cloudsuite.peopleinfo.config.PeopleInfoConfig;
import io.cloudsuite.peopleinfo.repository.PersonCache;
import io.cloudsuite.peopleinfo.repository.PersonRepository;
import io.cloudsuite.peopleinfo.repository.WriteResult;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * People stored in DynamoDB, read by id through the Redis cache. DynamoDB is required: its outages become 503s.
 * Redis is not: {@link PersonCache} never fails a request.
 */
@ApplicationScoped
public class PeopleService {

    private static final String BACKEND = "DynamoDB";
    /** Concurrent transactions on one item may cancel each other (DynamoDB's TransactionConflict); try again. */
    private static final int CONFLICT_ATTEMPTS = 5;

    private final PersonRepository repository;
    private final PersonCache cache;
    private final BackendCalls backend;
    private final PeopleInfoConfig config;
    private final Clock clock;

    /** @param clock the service's clock: timestamps, and when Idempotency-Keys and tombstones are forgotten */
    public PeopleService(
            PersonRepository repository,
            PersonCache cache,
            BackendCalls backend,
            PeopleInfoConfig config,
            Clock clock) {
        this.repository = repository;
        this.cache = cache;
        this.backend = backend;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Stores a new person. With an Idempotency-Key: a key seen before with the same request replays the person that
     * request created (however its answer was lost), with another request it is a 422; concurrent creates with one
     * key store one person.
     *
     * @param operation which API asked (a key is bound to one operation as well as to one body)
     */
    public Uni<CreatedPerson> create(PersonDetails details, Optional<IdempotencyKey> key, String operation) {
        Instant now = now();
        Person person = new Person(
                PersonId.random().value(),
                details.name(),
                details.surname(),
                details.birthdate(),
                details.address(),
                now,
                now,
                1);
        if (key.isEmpty()) {
            return dynamo(() -> {
                repository.insert(person);
                return new CreatedPerson(person, false);
            });
        }
        RequestFingerprint fingerprint = RequestFingerprint.of(
                operation,
                details.name(),
                details.surname(),
                details.birthdate().toString(),
                details.address());
        return dynamo(() -> createOnce(person, key.get(), fingerprint, now));
    }

    private CreatedPerson createOnce(Person person, IdempotencyKey key, RequestFingerprint fingerprint, Instant now) {
        Optional<CreatedPerson> earlier = replay(key, fingerprint, now);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant keyExpiry = now.plus(config.idempotencyTtl());
        for (int attempt = 0; attempt < CONFLICT_ATTEMPTS; attempt++) {
            switch (repository.insert(person, key, fingerprint, keyExpiry, now)) {
                case INSERTED:
                    return new CreatedPerson(person, false);
                case KEY_USED:
                    // A concurrent create with the same key won.
                    return replay(key, fingerprint, now)
                            .orElseThrow(() -> new IllegalStateException("idempotency item vanished after its write"));
                case CONFLICT:
                default:
                    break; // a concurrent transaction on the same item: try again
            }
        }
        throw new BackendUnavailableException(BACKEND, "transactions kept conflicting", null).nothingChanged();
    }

    /** The earlier create with this key, or a 422 when the key was used for another request. */
    private Optional<CreatedPerson> replay(IdempotencyKey key, RequestFingerprint fingerprint, Instant now) {
        Optional<PersonRepository.KeyedCreate> earlier;
        try {
            earlier = backend.blocking(BACKEND, DynamoDbFailures.INSTANCE, () -> repository.createdWith(key, now));
        } catch (BackendUnavailableException outage) {
            throw outage.nothingChanged(); // read before any write of this request
        }
        if (earlier.isPresent() && !earlier.get().fingerprint().equals(fingerprint)) {
            throw IdempotencyProblems.keyReused();
        }
        return earlier.map(create -> new CreatedPerson(create.person(), true));
    }

    /**
     * From the cache when it holds the person; otherwise from DynamoDB, and then cached (not waited for). Either way
     * as the JSON the API answers with.
     */
    public Uni<PersonJson> find(PersonId id) {
        return cache.find(id)
                .flatMap(cached -> cached.isPresent()
                        ? Uni.createFrom().item(cached.get())
                        : dynamo(() -> repository.find(id)).map(found -> {
                            PersonJson person =
                                    cache.toJson(found.orElseThrow(() -> PeopleProblems.personNotFound(id.value())));
                            // Fire and forget: a stalled Redis must not hold the answer up a second time.
                            cache.storeRead(id, person).subscribe().with(ignored -> {});
                            return person;
                        }));
    }

    public Uni<PeoplePage> findBySurname(String surname, int limit, Optional<PageCursor> after) {
        String surnameKey = SurnameKey.of(surname);
        return dynamo(() -> repository.findBySurname(surnameKey, limit, after));
    }

    /**
     * Every person with the surname (the original API's answer has no pages), read a page at a time as the answer is
     * written: memory stays one page whatever the number of people, each page's read is bounded like any other
     * DynamoDB call (so a long list is never taken for an outage), and no further page is read once the answer's
     * subscriber is gone (the client left, the answer failed or was sent).
     */
    public Multi<Person> streamAllBySurname(String surname) {
        String surnameKey = SurnameKey.of(surname);
        int pageSize = config.legacyListPageSize();
        return Multi.createBy()
                .repeating()
                .uni(
                        () -> new AtomicReference<Optional<PageCursor>>(Optional.empty()),
                        after -> dynamo(() -> repository.findBySurname(surnameKey, pageSize, after.get()))
                                .invoke(page -> after.set(page.next())))
                .whilst(page -> page.next().isPresent())
                .onItem()
                .transformToIterable(PeoplePage::people);
    }

    /**
     * Replaces a person's details when its version still matches; the cache then holds the new version before the
     * answer, so no replica reads the old one from it.
     */
    public Uni<Person> replace(PersonId id, PersonDetails details, VersionCondition condition) {
        return dynamo(() -> written(id, repository.replace(id, details, now(), condition)))
                .call(cache::storeWritten);
    }

    public Uni<Void> delete(PersonId id, VersionCondition condition) {
        return dynamo(() -> written(id, repository.delete(id, condition, now())))
                .call(deleted -> cache.markDeleted(id))
                .replaceWithVoid();
    }

    /** The written person; for a refused write, why: the person is gone (404), or its version moved on (412). */
    private static Person written(PersonId id, WriteResult result) {
        if (result instanceof WriteResult.Written written) {
            return written.person();
        }
        throw ((WriteResult.Refused) result)
                .current()
                .<RuntimeException>map(PeopleProblems::versionMismatch)
                .orElseGet(() -> PeopleProblems.personNotFound(id.value()));
    }

    /** A blocking DynamoDB call on a worker thread, bounded in time, its outages turned into 503s. */
    private <T> Uni<T> dynamo(Supplier<T> call) {
        return backend.guard(
                BACKEND,
                DynamoDbFailures.INSTANCE,
                Uni.createFrom().item(call).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }

    /** Millisecond precision: what the API shows is what is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
