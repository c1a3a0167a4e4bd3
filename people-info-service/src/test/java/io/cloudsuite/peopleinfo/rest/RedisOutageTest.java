package io.cloudsuite.peopleinfo.rest;

import static io.cloudsuite.peopleinfo.rest.PeopleApi.PEOPLE;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.createPerson;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.metric;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.person;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.uniqueSurname;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.with;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.cloudsuite.backends.LocalRedisServer;
import io.cloudsuite.testing.InjectLocalRedis;
import io.cloudsuite.testing.LocalDynamoResource;
import io.cloudsuite.testing.LocalRedisResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Redis is only a cache: with it stopped every operation still succeeds, from DynamoDB, and the service stays ready. */
@QuarkusTest
@WithTestResource(LocalRedisResource.class)
@WithTestResource(LocalDynamoResource.class)
class RedisOutageTest {

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @InjectLocalRedis
    LocalRedisServer redis;

    @Test
    void everyOperationSucceedsWithoutRedisAndTheCacheComesBackByItself() {
        String surname = uniqueSurname("NoCache");
        String cached = createPerson(surname).jsonPath().getString("id");
        given().when().get(PEOPLE + "/" + cached).then().statusCode(200);
        double errorsBefore = metric(metrics.toString(), "people_cache_errors_total{operation=\"read\"}");

        redis.stop();
        try {
            String id = createPerson(surname).jsonPath().getString("id");
            given().when().get(PEOPLE + "/" + id).then().statusCode(200).time(org.hamcrest.Matchers.lessThan(1_000L));
            given().when().get(PEOPLE + "/" + cached).then().statusCode(200);
            given().queryParam("surname", surname)
                    .when()
                    .get(PEOPLE)
                    .then()
                    .statusCode(200)
                    .body("items", hasSize(2));
            given().contentType(ContentType.JSON)
                    .header("If-Match", "\"1\"")
                    .body(with(person("Ada", surname), "address", "Written without a cache"))
                    .when()
                    .put(PEOPLE + "/" + cached)
                    .then()
                    .statusCode(200);
            given().when()
                    .get(PEOPLE + "/" + cached)
                    .then()
                    .statusCode(200)
                    .body("address", equalTo("Written without a cache"));
            given().when().delete(PEOPLE + "/" + id).then().statusCode(204);
            given().when().get(PEOPLE + "/" + id).then().statusCode(404);
            given().queryParam("person_surname", surname)
                    .when()
                    .get("/data")
                    .then()
                    .statusCode(200)
                    .body("$", hasSize(1));
            given().when().get(readiness).then().statusCode(200).body("status", equalTo("UP"));

            assertTrue(
                    metric(metrics.toString(), "people_cache_errors_total{operation=\"read\"}") > errorsBefore,
                    "cache errors are counted");
        } finally {
            redis.start();
        }

        double hitsBefore = metric(metrics.toString(), "people_cache_hits_total");
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    given().when()
                            .get(PEOPLE + "/" + cached)
                            .then()
                            .statusCode(200)
                            .body("address", equalTo("Written without a cache"));
                    assertTrue(
                            metric(metrics.toString(), "people_cache_hits_total") > hitsBefore,
                            "the cache serves reads again");
                });
    }
}
