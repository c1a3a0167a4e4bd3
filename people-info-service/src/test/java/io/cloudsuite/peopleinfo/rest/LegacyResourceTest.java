package io.cloudsuite.peopleinfo.rest;

import static io.cloudsuite.peopleinfo.rest.PeopleApi.uniqueSurname;
import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudsuite.testing.LocalDynamoResource;
import io.cloudsuite.testing.LocalRedisResource;
import io.cloudsuite.testing.ManagementInterface;
import io.cloudsuite.testing.RawHttp;
import io.cloudsuite.testing.RawHttp.Answer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The original API's routes, for its existing clients. */
@QuarkusTest
@WithTestResource(LocalRedisResource.class)
@WithTestResource(LocalDynamoResource.class)
class LegacyResourceTest {

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    static Map<String, Object> legacyPerson(String name, String surname) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("person_name", name);
        body.put("person_surname", surname);
        body.put("person_birthdate", "1985-10-26");
        body.put("person_address", "1640 Riverside Drive, Hill Valley");
        return body;
    }

    @Test
    void aSecondPersonWithTheSameSurnameNoLongerOverwritesTheFirst() {
        String surname = uniqueSurname("Smith");
        String location = given().contentType(ContentType.JSON)
                .body(legacyPerson("Marty", surname))
                .when()
                .post("/data")
                .then()
                .statusCode(201)
                .body("person_name", equalTo("Marty"))
                .body("person_surname", equalTo(surname))
                .body("person_birthdate", equalTo("1985-10-26"))
                .body("person_address", equalTo("1640 Riverside Drive, Hill Valley"))
                .extract()
                .header("Location");
        given().contentType(ContentType.JSON)
                .body(legacyPerson("Emmett", surname))
                .when()
                .post("/data")
                .then()
                .statusCode(201);

        given().queryParam("person_surname", surname)
                .when()
                .get("/data")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("$", hasSize(2))
                .body("person_name", containsInAnyOrder("Marty", "Emmett"))
                .body(
                        "[0].keySet()",
                        containsInAnyOrder("person_name", "person_surname", "person_birthdate", "person_address"));
        given().when().get(location).then().statusCode(200).body("name", equalTo("Marty"));
    }

    @Test
    void aSingleMatchIsStillAnArray() {
        String surname = uniqueSurname("Single");
        given().contentType(ContentType.JSON)
                .body(legacyPerson("Lorraine", surname))
                .when()
                .post("/data")
                .then()
                .statusCode(201);

        // Twice: the original answered an object or an array depending on whether its cache was warm.
        for (int i = 0; i < 2; i++) {
            given().queryParam("person_surname", surname)
                    .when()
                    .get("/data")
                    .then()
                    .statusCode(200)
                    .body("$", hasSize(1))
                    .body("[0].person_name", equalTo("Lorraine"));
        }
    }

    @Test
    void nobodyWithTheSurnameIsAnEmptyArray() {
        String body = given().queryParam("person_surname", uniqueSurname("Nobody"))
                .when()
                .get("/data")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals("[]", body);
    }

    @Test
    void theListHasEveryoneBeyondOnePage() {
        String surname = uniqueSurname("Many");
        for (int i = 0; i < 105; i++) {
            given().contentType(ContentType.JSON)
                    .body(legacyPerson("Person " + i, surname))
                    .when()
                    .post("/data")
                    .then()
                    .statusCode(201);
        }
        given().queryParam("person_surname", surname)
                .when()
                .get("/data")
                .then()
                .statusCode(200)
                .body("$", hasSize(105));
    }

    @Test
    void aMissingSurnameIsABadRequest() {
        assertProblem(given().when().get("/data").then(), 400).body("errors[0].field", equalTo("person_surname"));
        assertProblem(
                given().queryParam("person_surname", "").when().get("/data").then(), 400);
    }

    @Test
    void theSameValidationAppliesInTheOriginalFieldNames() {
        Map<String, Object> body = legacyPerson("", "Brown");
        body.put("person_birthdate", "1985-02-30");
        body.put("name", "Doc");

        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(body)
                                .when()
                                .post("/data")
                                .then(),
                        400)
                .body("errors.field", containsInAnyOrder("person_name", "person_birthdate", "name"));
    }

    @Test
    void aMissingBodyIsABadRequestNotAServerError() {
        assertProblem(given().contentType(ContentType.JSON).when().post("/data").then(), 400);
        assertProblem(given().when().post("/data").then(), 415);
    }

    @Test
    void statusSaysOk() {
        given().when()
                .get("/status")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("status", equalTo("ok"));
    }

    /**
     * The original's public {@code /metrics} is gone: metrics are internal, on the management interface only
     * (docs/services/people-info.md). No spelling of the old path reaches them on the public port.
     */
    @Test
    void theOriginalMetricsPathServesNoMetricsOnThePublicPort() {
        given().when().get("/status").then().statusCode(200);
        given().accept("text/plain")
                .when()
                .get(ManagementInterface.url(this, metrics, "/q/metrics"))
                .then()
                .statusCode(200)
                .body(containsString("uri=\"/status\""));

        for (String path : List.of("/metrics", "/%6Detrics", "//metrics", "/x/../metrics", "/./metrics")) {
            Answer answer = RawHttp.exchange("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n\r\n");
            assertEquals(404, answer.status(), path + ": " + answer);
            assertFalse(answer.body().contains("http_server_requests"), path + ": " + answer);
        }
    }
}
