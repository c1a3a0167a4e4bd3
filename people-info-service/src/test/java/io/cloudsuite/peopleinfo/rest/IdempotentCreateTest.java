package io.cloudsuite.peopleinfo.rest;

import static io.cloudsuite.peopleinfo.rest.PeopleApi.PEOPLE;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.person;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.uniqueSurname;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.with;
import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cloudsuite.testing.Concurrently;
import io.cloudsuite.testing.LocalDynamoResource;
import io.cloudsuite.testing.LocalRedisResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Creates with an Idempotency-Key: one person per key, the first answer replayed, another body refused. */
@QuarkusTest
@WithTestResource(LocalRedisResource.class)
@WithTestResource(LocalDynamoResource.class)
class IdempotentCreateTest {

    @Test
    void aRetryWithTheSameKeyAndBodyReplaysTheFirstAnswer() {
        String key = "same-" + UUID.randomUUID();
        Map<String, Object> body = person("Ada", uniqueSurname("Replay"));

        String id = post(PEOPLE, key, body)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .extract()
                .path("id");

        post(PEOPLE, key, body)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", endsWith(PEOPLE + "/" + id))
                .header("ETag", "\"1\"")
                .body("id", equalTo(id));
        given().queryParam("surname", body.get("surname"))
                .when()
                .get(PEOPLE)
                .then()
                .body("items.id", equalTo(List.of(id)));
    }

    @Test
    void theSameKeyWithAnotherBodyOrOperationIs422AndStoresNothing() {
        String key = "other-" + UUID.randomUUID();
        String surname = uniqueSurname("Reused");
        post(PEOPLE, key, person("Ada", surname)).then().statusCode(201);

        assertProblem(
                        post(PEOPLE, key, with(person("Ada", surname), "name", "Grace"))
                                .then(),
                        422)
                .body("type", equalTo("urn:cloudsuite:problem:idempotency-key-reused"));
        assertProblem(
                post(
                                "/data",
                                key,
                                Map.of(
                                        "person_name",
                                        "Ada",
                                        "person_surname",
                                        surname,
                                        "person_birthdate",
                                        "1990-04-01",
                                        "person_address",
                                        "1 Main Street, Springfield"))
                        .then(),
                422);
        given().queryParam("surname", surname).when().get(PEOPLE).then().body("items.size()", equalTo(1));
    }

    @Test
    void aMalformedKeyIs400() {
        assertProblem(
                        post(PEOPLE, "has space", person("Ada", uniqueSurname("Bad")))
                                .then(),
                        400)
                .body("errors.field", hasItem("Idempotency-Key"));
    }

    @Test
    void concurrentCreatesWithOneKeyStoreOnePerson() throws Exception {
        String key = "race-" + UUID.randomUUID();
        Map<String, Object> body = person("Ada", uniqueSurname("Race"));

        List<String> ids = Concurrently.race(10, caller -> {
            Response response = post(PEOPLE, key, body);
            return response.statusCode() == 201 ? response.path("id") : "status " + response.statusCode();
        });

        String id = ids.get(0);
        assertEquals(10, Collections.frequency(ids, id), ids.toString());
        given().queryParam("surname", body.get("surname"))
                .when()
                .get(PEOPLE)
                .then()
                .body("items.id", equalTo(List.of(id)));
    }

    private static Response post(String path, String key, Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post(path);
    }
}
