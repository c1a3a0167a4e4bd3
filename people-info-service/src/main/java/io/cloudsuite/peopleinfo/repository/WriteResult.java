package io.cloudsuite.peopleinfo.repository;

import java.util.Optional;

import io.cloudsuite.peopleinfo.service.Person;

/** The outcome of a conditional write: done, or refused because the person is missing or its version moved on. */
public sealed interface WriteResult {

    /** @param person the person as written (for a deletion: as it was just before) */
    record Written(Person person) implements WriteResult {}

    /** @param current the stored person, when there is one: its version did not match; empty: no such person */
    record Refused(Optional<Person> current) implements WriteResult {}
}
