package io.cloudsuite.peopleinfo.rest;

import static io.cloudsuite.peopleinfo.rest.PeopleApi.PEOPLE;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.createPerson;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.metric;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.person;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.uniqueSurname;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.cloudsuite.testing.LocalDynamoResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A Redis that accepts connections and never answers: each cache call gives up after people-info.cache.timeout
 * (100 ms), so reads and writes still succeed from DynamoDB, a little later, and readiness stays UP.
 */
@QuarkusTest
@WithTestResource(SilentRedisResource.class)
@WithTestResource(LocalDynamoResource.class)
class StalledRedisTest {

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    /** 100 ms of cache timeout plus DynamoDB and a loaded 2-core machine's scheduling, far from a hang. */
    private static final long BOUND_MILLIS = 700;

    @Test
    void everyOperationSucceedsWithinTheCacheTimeoutOfItsUsualTime() {
        String surname = uniqueSurname("Stalled");
        String id = createPerson(surname).jsonPath().getString("id");

        for (int i = 0; i < 5; i++) {
            given().when().get(PEOPLE + "/" + id).then().statusCode(200).time(lessThan(BOUND_MILLIS));
        }
        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(with(person("Ada", surname), "address", "Written past a stalled cache"))
                .when()
                .put(PEOPLE + "/" + id)
                .then()
                .statusCode(200)
                .time(lessThan(BOUND_MILLIS));
        given().when()
                .get(PEOPLE + "/" + id)
                .then()
                .statusCode(200)
                .time(lessThan(BOUND_MILLIS))
                .body("address", equalTo("Written past a stalled cache"));
        given().when().delete(PEOPLE + "/" + id).then().statusCode(204).time(lessThan(BOUND_MILLIS));
        given().when().get(PEOPLE + "/" + id).then().statusCode(404).time(lessThan(BOUND_MILLIS));

        given().when().get(readiness).then().statusCode(200).body("status", equalTo("UP"));
        assertTrue(
                metric(metrics.toString(), "people_cache_errors_total{operation=\"read\"}") >= 5,
                "each late read is counted");
        assertTrue(
                metric(metrics.toString(), "people_cache_errors_total{operation=\"write\"}") >= 2,
                "each late write is counted");
    }
}
