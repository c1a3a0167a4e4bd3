package io.cloudsuite.peopleinfo.rest;

import static io.cloudsuite.peopleinfo.rest.PeopleApi.PEOPLE;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.createPerson;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.person;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.uniqueSurname;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.with;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.without;
import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.cloudsuite.testing.LocalDynamoResource;
import io.cloudsuite.testing.LocalRedisResource;
import io.cloudsuite.testing.TestClock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** What a person may look like: every rejected field named in one 400, and nothing stored. */
@QuarkusTest
@WithTestResource(LocalRedisResource.class)
@WithTestResource(LocalDynamoResource.class)
class PersonValidationTest {

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("name", null, "is required"),
                Arguments.of("name", "", "must not be blank"),
                Arguments.of("name", "   ", "must not be blank"),
                Arguments.of("name", "n".repeat(101), "must be at most 100 characters"),
                Arguments.of("name", 42, "must be a string"),
                Arguments.of("name", List.of("Ada"), "must be a string"),
                Arguments.of("name", "Ada\nLovelace", "must not contain control characters (line breaks, tabs, ...)"),
                Arguments.of("surname", "", "must not be blank"),
                Arguments.of("surname", "s".repeat(101), "must be at most 100 characters"),
                Arguments.of("address", "", "must not be blank"),
                Arguments.of("address", "a".repeat(201), "must be at most 200 characters"),
                Arguments.of("birthdate", "", "must be a date written YYYY-MM-DD"),
                Arguments.of("birthdate", "01/04/1990", "must be a date written YYYY-MM-DD"),
                Arguments.of("birthdate", "1990-4-1", "must be a date written YYYY-MM-DD"),
                Arguments.of("birthdate", "1990-04-01T00:00:00Z", "must be a date written YYYY-MM-DD"),
                Arguments.of("birthdate", 19900401, "must be a string"),
                Arguments.of("birthdate", "2023-02-29", "must be a real calendar date"),
                Arguments.of("birthdate", "1990-13-01", "must be a real calendar date"),
                Arguments.of("birthdate", "1899-12-31", "must not be before 1900-01-01"),
                Arguments.of(
                        "birthdate",
                        LocalDate.now(ZoneOffset.ofHours(14)).plusDays(1).toString(),
                        "must not be in the future"),
                Arguments.of("id", "3f6c2a9e-8d1b-4c4e-9a57-0b1f5e2d7c10", "is set by the server and may not be sent"),
                Arguments.of("version", 3, "is set by the server and may not be sent"),
                Arguments.of("created_at", "2020-01-01T00:00:00Z", "is set by the server and may not be sent"),
                Arguments.of("updated_at", "2020-01-01T00:00:00Z", "is set by the server and may not be sent"),
                Arguments.of("nickname", "Ada", "is not a field of a person"));
    }

    @ParameterizedTest
    @MethodSource("invalidFields")
    void anInvalidFieldIsRejectedAndNothingIsStored(String field, Object value, String message) {
        String surname = uniqueSurname("Invalid");
        Map<String, Object> body = with(person("Ada", surname), field, value);

        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(body)
                                .when()
                                .post(PEOPLE)
                                .then(),
                        400)
                .body("type", equalTo("urn:cloudsuite:problem:validation-failed"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(message));

        if (!field.equals("surname")) {
            given().queryParam("surname", surname)
                    .when()
                    .get(PEOPLE)
                    .then()
                    .statusCode(200)
                    .body("items", hasSize(0));
        }
    }

    @ParameterizedTest
    @MethodSource("invalidFields")
    void anUpdateIsCheckedTheSameWayAndChangesNothing(String field, Object value, String message) {
        String surname = uniqueSurname("Unchanged");
        String id = createPerson(surname).jsonPath().getString("id");

        assertProblem(
                        given().contentType(ContentType.JSON)
                                .header("If-Match", "\"1\"")
                                .body(with(person("Grace", surname), field, value))
                                .when()
                                .put(PEOPLE + "/" + id)
                                .then(),
                        400)
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(message));

        given().when()
                .get(PEOPLE + "/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Ada"))
                .body("version", equalTo(1));
    }

    @Test
    void everyBadFieldIsListedAtOnce() {
        Map<String, Object> body = Map.of(
                "name", "", "birthdate", "2023-02-30", "address", "x".repeat(201), "id", "mine", "colour", "blue");

        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(body)
                                .when()
                                .post(PEOPLE)
                                .then(),
                        400)
                .body("errors.field", containsInAnyOrder("name", "surname", "birthdate", "address", "id", "colour"));
    }

    @Test
    void boundaryValuesAreAccepted() {
        String surname = "s".repeat(99) + "z";
        Map<String, Object> body = Map.of(
                "name", "n".repeat(100), "surname", surname, "birthdate", "1900-01-01", "address", "a".repeat(200));
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(PEOPLE)
                .then()
                .statusCode(201);

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        given().contentType(ContentType.JSON)
                .body(with(person("Newborn", uniqueSurname("Today")), "birthdate", today))
                .when()
                .post(PEOPLE)
                .then()
                .statusCode(201)
                .body("birthdate", equalTo(today));
        given().contentType(ContentType.JSON)
                .body(with(person("Leap", uniqueSurname("Leap")), "birthdate", "2000-02-29"))
                .when()
                .post(PEOPLE)
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(with(person("名前", uniqueSurname("Ünïcödé")), "address", "東京"))
                .when()
                .post(PEOPLE)
                .then()
                .statusCode(201)
                .body("name", equalTo("名前"));
    }

    @Test
    void lengthsCountCharactersNotBytes() {
        given().contentType(ContentType.JSON)
                .body(with(person("é".repeat(100), uniqueSurname("Accents")), "address", "😀".repeat(200)))
                .when()
                .post(PEOPLE)
                .then()
                .statusCode(201);
    }

    @Test
    void aMissingOrMalformedBodyIsABadRequest() {
        assertProblem(given().contentType(ContentType.JSON).when().post(PEOPLE).then(), 400);
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body("{\"name\": ")
                        .when()
                        .post(PEOPLE)
                        .then(),
                400);
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body("[]")
                                .when()
                                .post(PEOPLE)
                                .then(),
                        400)
                .body("errors[0].field", equalTo("body"));
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body("null")
                        .when()
                        .post(PEOPLE)
                        .then(),
                400);
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body("\"Ada\"")
                        .when()
                        .post(PEOPLE)
                        .then(),
                400);
    }

    @Test
    void anotherContentTypeIsUnsupported() {
        assertProblem(
                given().contentType(ContentType.TEXT)
                        .body("name=Ada")
                        .when()
                        .post(PEOPLE)
                        .then(),
                415);
        assertProblem(
                given().contentType(ContentType.XML)
                        .body("<person/>")
                        .when()
                        .post(PEOPLE)
                        .then(),
                415);
    }

    @Test
    void everyRequiredFieldIsNamedWhenMissing() {
        for (String field : List.of("name", "surname", "birthdate", "address")) {
            assertProblem(
                            given().contentType(ContentType.JSON)
                                    .body(without(person("Ada", "Lovelace"), field))
                                    .when()
                                    .post(PEOPLE)
                                    .then(),
                            400)
                    .body("errors[0].field", equalTo(field))
                    .body("errors[0].message", equalTo("is required"));
        }
    }

    /** "The future" is the service's clock, the one a test moves: Bean Validation reads the same clock. */
    @Test
    void aBirthdateIsInTheFutureByTheServicesClock() {
        TestClock clock = TestClock.startingNow();
        QuarkusMock.installMockForType(clock, Clock.class);
        String nextWeek = LocalDate.now(ZoneOffset.ofHours(14)).plusDays(7).toString();
        Map<String, Object> body = with(person("Ada", uniqueSurname("Clock")), "birthdate", nextWeek);

        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(body)
                                .when()
                                .post(PEOPLE)
                                .then(),
                        400)
                .body("errors[0].field", equalTo("birthdate"))
                .body("errors[0].message", equalTo("must not be in the future"));

        clock.advance(Duration.ofDays(8));

        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(PEOPLE)
                .then()
                .statusCode(201);
    }
}
