package io.cloudsuite.peopleinfo.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.cloudsuite.commons.backend.BackendCalls;
import io.cloudsuite.dynamodb.DynamoDbFailures;
import io.cloudsuite.peopleinfo.repository.PersonCache;
import io.cloudsuite.peopleinfo.repository.PersonRepository;
import io.cloudsuite.peopleinfo.repository.WriteResult;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * People stored in DynamoDB, read by id through the Redis cache. DynamoDB is required: its outages become 503s.
 * Redis is not: {@link PersonCache} never fails a request.
 */
@ApplicationScoped
public class PeopleService {

    private static final String BACKEND = "DynamoDB";

    private final PersonRepository repository;
    private final PersonCache cache;
    private final BackendCalls backend;
    private final Clock clock = Clock.systemUTC();

    public PeopleService(PersonRepository repository, PersonCache cache, BackendCalls backend) {
        this.repository = repository;
        this.cache = cache;
        this.backend = backend;
    }

    public Uni<Person> create(PersonDetails details) {
        Instant now = now();
        Person person = new Person(PersonId.random().value(), details.name(), details.surname(), details.birthdate(),
                details.address(), now, now, 1);
        return dynamo(() -> {
            repository.insert(person);
            return person;
        });
    }

    /** From the cache when it holds the person; otherwise from DynamoDB, and then cached (not waited for). */
    public Uni<Person> find(PersonId id) {
        return cache.find(id).flatMap(cached -> cached.isPresent()
                ? Uni.createFrom().item(cached.get())
                : dynamo(() -> repository.find(id)).map(found -> {
                    Person person = found.orElseThrow(() -> PeopleProblems.personNotFound(id.value()));
                    // Fire and forget: a stalled Redis must not hold the answer up a second time.
                    cache.storeRead(person).subscribe().with(ignored -> { });
                    return person;
                }));
    }

    public Uni<PeoplePage> findBySurname(String surname, int limit, Optional<PageCursor> after) {
        String surnameKey = SurnameKey.of(surname);
        return dynamo(() -> repository.findBySurname(surnameKey, limit, after));
    }

    /** Every person with the surname, page after page (the original API's answer had no pages). */
    public Uni<List<Person>> findAllBySurname(String surname) {
        String surnameKey = SurnameKey.of(surname);
        return dynamo(() -> {
            List<Person> everyone = new ArrayList<>();
            Optional<PageCursor> after = Optional.empty();
            do {
                PeoplePage page = repository.findBySurname(surnameKey, 100, after);
                everyone.addAll(page.people());
                after = page.next();
            } while (after.isPresent());
            return everyone;
        });
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
        return dynamo(() -> written(id, repository.delete(id, condition)))
                .call(deleted -> cache.markDeleted(id))
                .replaceWithVoid();
    }

    /** The written person; for a refused write, why: the person is gone (404), or its version moved on (412). */
    private static Person written(PersonId id, WriteResult result) {
        if (result instanceof WriteResult.Written written) {
            return written.person();
        }
        throw ((WriteResult.Refused) result).current()
                .<RuntimeException>map(PeopleProblems::versionMismatch)
                .orElseGet(() -> PeopleProblems.personNotFound(id.value()));
    }

    /** A blocking DynamoDB call on a worker thread, bounded in time, its outages turned into 503s. */
    private <T> Uni<T> dynamo(Supplier<T> call) {
        return backend.guard(BACKEND, DynamoDbFailures.INSTANCE,
                Uni.createFrom().item(call).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }

    /** Millisecond precision: what the API shows is what is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
