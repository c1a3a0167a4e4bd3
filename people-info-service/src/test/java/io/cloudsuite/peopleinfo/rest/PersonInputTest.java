package io.cloudsuite.peopleinfo.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.Validation;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cloudsuite.commons.problem.InvalidInputException;
import io.cloudsuite.commons.validation.JsonRequests;
import io.cloudsuite.commons.validation.RequestValidation;

class PersonInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode body(String birthdate) {
        return JSON.createObjectNode()
                .put("name", "Ada")
                .put("surname", "Lovelace")
                .put("birthdate", birthdate)
                .put("address", "London");
    }

    /** The service's validation rules outside Quarkus, with Bean Validation's clock fixed. */
    private static JsonRequests requestsAt(Clock clock) {
        HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
                .configure()
                .clockProvider(() -> clock)
                .messageInterpolator(new ParameterMessageInterpolator());
        RequestValidation.configure(configuration, JSON);
        return new JsonRequests(JSON, configuration.buildValidatorFactory().getValidator());
    }

    @Test
    void aBirthdateIsInTheFutureOnlyWhenItIsTomorrowEverywhere() {
        // 11:00 UTC on 1 March is already 2 March in UTC+14 (Kiribati).
        JsonRequests requests = requestsAt(Clock.fixed(Instant.parse("2030-03-01T11:00:00Z"), ZoneOffset.UTC));

        assertEquals(
                LocalDate.parse("2030-03-02"),
                PersonInput.API.parse(body("2030-03-02"), requests).birthdate());
        InvalidInputException future =
                assertThrows(InvalidInputException.class, () -> PersonInput.API.parse(body("2030-03-03"), requests));
        assertEquals("must not be in the future", future.errors().get(0).message());
    }

    @Test
    void theDetailsAreKeptAsSent() {
        var details = PersonInput.API.parse(body("1915-12-10"), requestsAt(Clock.systemUTC()));

        assertEquals("Ada", details.name());
        assertEquals("Lovelace", details.surname());
        assertEquals("London", details.address());
        assertEquals("lovelace", details.surnameKey());
    }

    @Test
    void theOriginalRoutesNameEveryRejectedFieldTheirOwnWay() {
        ObjectNode legacy = JSON.createObjectNode()
                .put("person_name", " ")
                .put("person_surname", "Lovelace")
                .put("person_birthdate", "1915-13-10")
                .put("name", "Ada");

        InvalidInputException invalid = assertThrows(
                InvalidInputException.class, () -> PersonInput.LEGACY.parse(legacy, requestsAt(Clock.systemUTC())));

        assertEquals(
                java.util.List.of(
                        "name: is not a field of a person",
                        "person_address: is required",
                        "person_birthdate: must be a real calendar date",
                        "person_name: must not be blank"),
                invalid.errors().stream()
                        .map(error -> error.field() + ": " + error.message())
                        .sorted()
                        .toList());
    }
}
