package io.cloudsuite.peopleinfo.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.cloudsuite.peopleinfo.service.Person;

/** A person as the original API spelled it, for its existing clients. */
@Schema(name = "LegacyPerson")
public record LegacyPerson(
        @JsonProperty("person_name") String personName,
        @JsonProperty("person_surname") String personSurname,

        @JsonProperty("person_birthdate") @Schema(format = "date")
        String personBirthdate,

        @JsonProperty("person_address") String personAddress) {

    static LegacyPerson of(Person person) {
        return new LegacyPerson(
                person.name(), person.surname(), person.birthdate().toString(), person.address());
    }
}
