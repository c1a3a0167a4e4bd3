package io.cloudsuite.peopleinfo.rest;

import static io.cloudsuite.peopleinfo.rest.PeopleApi.PEOPLE;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.createPerson;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.person;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.uniqueSurname;
import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;

import java.net.URL;
import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.cloudsuite.backends.LocalDynoxideServer;
import io.cloudsuite.dynamodb.TableCreator;
import io.cloudsuite.testing.InjectLocalDynamo;
import io.cloudsuite.testing.LocalDynamoResource;
import io.cloudsuite.testing.LocalRedisResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** DynamoDB is required: stopped or stalled it gives 503 + Retry-After and readiness DOWN, and the service recovers. */
@QuarkusTest
@WithTestResource(LocalRedisResource.class)
@WithTestResource(LocalDynamoResource.class)
class DynamoOutageTest {

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "health/live", management = true)
    URL liveness;

    /**
     * Calls are bounded at 1.5 s (suite.backend.timeout); the margin above it absorbs a 2-core machine running
     * several builds at once, and is still far from the 20 s and more an unbounded client would wait.
     */
    private static final long ANSWER_WITHIN_MILLIS = 3_000;

    @InjectLocalDynamo
    LocalDynoxideServer dynamo;

    @Inject
    TableCreator tables;

    @Test
    void aStoppedDynamoGives503AndTheServiceRecoversWhenItIsBack() {
        String surname = uniqueSurname("Outage");
        createPerson(surname);

        dynamo.stop();
        try {
            assertUnavailable(given().contentType(ContentType.JSON)
                    .body(person("Ada", surname))
                    .when()
                    .post(PEOPLE)
                    .then());
            assertUnavailable(given().when()
                    .get(PEOPLE + "/3f6c2a9e-8d1b-4c4e-9a57-0b1f5e2d7c10")
                    .then());
            assertUnavailable(
                    given().queryParam("surname", surname).when().get(PEOPLE).then());
            assertUnavailable(given().queryParam("person_surname", surname)
                    .when()
                    .get("/data")
                    .then());
            given().when().get(readiness).then().statusCode(503).body("status", equalTo("DOWN"));
            given().when().get(liveness).then().statusCode(200);
            given().when().get("/status").then().statusCode(200);
        } finally {
            dynamo.start();
            // Dynoxide keeps nothing across a restart: create the table again (as Terraform would for a new
            // deployment), also when an assertion above failed, since the next test classes share this server.
            await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
                tables.createMissing();
                return true;
            });
        }

        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> given().contentType(ContentType.JSON)
                        .body(person("Ada", surname))
                        .when()
                        .post(PEOPLE)
                        .then()
                        .statusCode(201));
        given().when().get(readiness).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void aStalledDynamoGives503InTime() {
        String id = createPerson(uniqueSurname("Stalled")).jsonPath().getString("id");

        dynamo.freeze();
        try {
            assertUnavailable(given().contentType(ContentType.JSON)
                    .header("If-Match", "\"1\"")
                    .body(person("Ada", "Stalled"))
                    .when()
                    .put(PEOPLE + "/" + id)
                    .then());
            given().when().get(readiness).then().statusCode(503).time(lessThan(ANSWER_WITHIN_MILLIS));
        } finally {
            dynamo.thaw();
        }
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> given().when().get(readiness).then().statusCode(200));
    }

    private static void assertUnavailable(ValidatableResponse response) {
        assertProblem(response, 503)
                .time(lessThan(ANSWER_WITHIN_MILLIS))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("urn:cloudsuite:problem:backend-unavailable"));
    }
}
