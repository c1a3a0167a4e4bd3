package io.cloudsuite.peopleinfo.service;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A stored person: the client's details plus what the server owns (id, version, timestamps). Also the JSON the API
 * answers with and the form the cache keeps.
 *
 * @param version starts at 1 and grows by one with every successful update; the ETag is {@code "<version>"}
 */
@Schema(name = "Person")
public record Person(
        @Schema(description = "Made by the server", examples = "3f6c2a9e-8d1b-4c4e-9a57-0b1f5e2d7c10")
        String id,

        @Schema(examples = "Ada") String name,
        @Schema(examples = "Lovelace") String surname,

        @Schema(description = "ISO date", examples = "1915-12-10")
        LocalDate birthdate,

        @Schema(examples = "12 St James's Square, London") String address,

        @JsonProperty("created_at") @Schema(description = "ISO instant, UTC")
        Instant createdAt,

        @JsonProperty("updated_at") @Schema(description = "ISO instant, UTC")
        Instant updatedAt,

        @Schema(description = "Grows by one with every update; the ETag is this number in quotes", examples = "1")
        long version) {

    public PersonDetails details() {
        return new PersonDetails(name, surname, birthdate, address);
    }
}
