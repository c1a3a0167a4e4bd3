package io.cloudsuite.peopleinfo.rest;

import static io.cloudsuite.peopleinfo.rest.PeopleApi.PEOPLE;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.person;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.uniqueSurname;
import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.cloudsuite.testing.InjectLatencyProxy;
import io.cloudsuite.testing.LateDynamoResource;
import io.cloudsuite.testing.LatencyProxy;
import io.cloudsuite.testing.LocalRedisResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * DynamoDB carries out a write but answers after the SDK's attempt timeout (the SDK retries) or after the whole call's
 * timeout (the service answers 503): a create retried with its Idempotency-Key is still one person.
 */
@QuarkusTest
@TestProfile(SmallLegacyPages.class)
@WithTestResource(LocalRedisResource.class)
@WithTestResource(LateDynamoResource.class)
class LateAnswersTest {

    /** The writes a create may use, with or without a key. */
    private static final List<String> CREATE_WRITES = List.of("PutItem", "TransactWriteItems");

    @InjectLatencyProxy
    LatencyProxy dynamo;

    @AfterEach
    void answerOnTimeAgain() {
        dynamo.reset();
    }

    @Test
    void aCreateAnswered503AfterItWasStoredIsOnePersonWhenRetriedWithItsKey() {
        String surname = uniqueSurname("Late");
        String key = "create-" + UUID.randomUUID();
        Map<String, Object> body = person("Ada", surname);
        // Both SDK attempts' answers come after the call's own timeout: the service cannot know the person is stored.
        CREATE_WRITES.forEach(write -> dynamo.holdAnswers(write, LateDynamoResource.pastTheCallTimeout(), 2));

        Response unavailable = post(PEOPLE, key, body);
        dynamo.reset();
        Response retried = post(PEOPLE, key, body);

        given().queryParam("surname", surname)
                .when()
                .get(PEOPLE)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items.id", equalTo(List.of(retried.<String>path("id"))));
        retried.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertProblem(unavailable.then(), 503)
                .body("detail", containsString("may have been applied; retry with the same Idempotency-Key"));
    }

    @Test
    void aLegacyCreateAnswered503AfterItWasStoredIsOnePersonWhenRetriedWithItsKey() {
        String surname = uniqueSurname("LateLegacy");
        String key = "legacy-" + UUID.randomUUID();
        Map<String, Object> body = Map.of(
                "person_name",
                "Ada",
                "person_surname",
                surname,
                "person_birthdate",
                "1990-04-01",
                "person_address",
                "1 Main Street");
        CREATE_WRITES.forEach(write -> dynamo.holdAnswers(write, LateDynamoResource.pastTheCallTimeout(), 2));

        Response unavailable = post("/data", key, body);
        dynamo.reset();
        Response retried = post("/data", key, body);

        given().queryParam("person_surname", surname)
                .when()
                .get("/data")
                .then()
                .statusCode(200)
                .body("size()", equalTo(1));
        retried.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertProblem(unavailable.then(), 503);
    }

    @Test
    void aCreateWhoseFirstAttemptIsAnsweredLateIsOnePersonAnswered201() {
        String surname = uniqueSurname("Retried");
        CREATE_WRITES.forEach(write -> dynamo.holdAnswers(write, LateDynamoResource.pastTheAttemptTimeout(), 1));

        String id = given().contentType(ContentType.JSON)
                .body(person("Ada", surname))
                .when()
                .post(PEOPLE)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        given().queryParam("surname", surname)
                .when()
                .get(PEOPLE)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(id)));
    }

    @Test
    void aDeleteWhoseWriteIsAnsweredLateIs204() {
        String id = PeopleApi.createPerson(uniqueSurname("Gone")).path("id");
        holdTheDeletesWrite();

        given().when().delete(PEOPLE + "/" + id).then().statusCode(204);

        given().when().get(PEOPLE + "/" + id).then().statusCode(404);
    }

    @Test
    void aConditionalDeleteWhoseWriteIsAnsweredLateIs204() {
        String id = PeopleApi.createPerson(uniqueSurname("GoneIfMatch")).path("id");
        holdTheDeletesWrite();

        given().header("If-Match", "\"1\"")
                .when()
                .delete(PEOPLE + "/" + id)
                .then()
                .statusCode(204);

        given().when().get(PEOPLE + "/" + id).then().statusCode(404);
    }

    @Test
    void anUpdateWhoseWriteIsAnsweredLateIs200WithTheNextVersion() {
        String surname = uniqueSurname("Moved");
        String id = PeopleApi.createPerson(surname).path("id");
        dynamo.holdAnswers("UpdateItem", LateDynamoResource.pastTheAttemptTimeout(), 1);

        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(person("Grace", surname))
                .when()
                .put(PEOPLE + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"");
    }

    /** The delete's one write, whichever operation the repository uses for it. */
    private void holdTheDeletesWrite() {
        dynamo.holdAnswers("DeleteItem", LateDynamoResource.pastTheAttemptTimeout(), 1);
        dynamo.holdAnswers("UpdateItem", LateDynamoResource.pastTheAttemptTimeout(), 1);
    }

    private static Response post(String path, String key, Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post(path);
    }
}
