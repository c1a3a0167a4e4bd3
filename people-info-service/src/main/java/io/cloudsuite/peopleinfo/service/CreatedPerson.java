package io.cloudsuite.peopleinfo.service;

/**
 * A create's answer.
 *
 * @param replayed whether an earlier request with the same Idempotency-Key created the person, and this is its answer
 */
public record CreatedPerson(Person person, boolean replayed) {}
