package io.cloudsuite.peopleinfo.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudsuite.commons.problem.InvalidInputException;

class PersonInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode body(String birthdate) {
        return JSON.createObjectNode().put("name", "Ada").put("surname", "Lovelace").put("birthdate", birthdate)
                .put("address", "London");
    }

    @Test
    void aBirthdateIsInTheFutureOnlyWhenItIsTomorrowEverywhere() {
        // 11:00 UTC on 1 March is already 2 March in UTC+14 (Kiribati).
        Clock clock = Clock.fixed(Instant.parse("2030-03-01T11:00:00Z"), ZoneOffset.UTC);

        assertEquals(LocalDate.parse("2030-03-02"), PersonInput.API.parse(body("2030-03-02"), clock).birthdate());
        InvalidInputException future = assertThrows(InvalidInputException.class,
                () -> PersonInput.API.parse(body("2030-03-03"), clock));
        assertEquals("must not be in the future", future.errors().get(0).message());
    }

    @Test
    void theDetailsAreKeptAsSent() {
        var details = PersonInput.API.parse(body("1915-12-10"), Clock.systemUTC());

        assertEquals("Ada", details.name());
        assertEquals("Lovelace", details.surname());
        assertEquals("London", details.address());
        assertEquals("lovelace", details.surnameKey());
    }
}
