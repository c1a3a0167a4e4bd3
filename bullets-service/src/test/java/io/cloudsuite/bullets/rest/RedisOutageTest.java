package io.cloudsuite.bullets.rest;

import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.cloudsuite.backends.LocalRedisServer;
import io.cloudsuite.testing.InjectLocalRedis;
import io.cloudsuite.testing.LocalRedisResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Stops the real Redis under a running service, then starts it again on the same port. */
@QuarkusTest
@WithTestResource(LocalRedisResource.class)
class RedisOutageTest {

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "health/live", management = true)
    URL liveness;

    @InjectLocalRedis
    LocalRedisServer redis;

    @Test
    void anOutageGives503AndTheServiceRecoversByItself() {
        given().when().post("/api/v1/player/fired_bullet").then().statusCode(201);

        redis.stop();
        try {
            assertProblem(given().when().post("/api/v1/player/fired_bullet").then(), 503)
                    .time(lessThan(2_000L))
                    .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                    .body("type", equalTo("urn:cloudsuite:problem:backend-unavailable"));
            assertProblem(given().when().get("/api/v1/player/fired_bullets").then(), 503)
                    .time(lessThan(2_000L));
            given().when().get(readiness).then().statusCode(503).body("status", equalTo("DOWN"));
            given().when().get(liveness).then().statusCode(200);
        } finally {
            redis.start();
        }

        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> given().when()
                        .post("/api/v1/player/fired_bullet")
                        .then()
                        .statusCode(201));
        given().when().get(readiness).then().statusCode(200).body("status", equalTo("UP"));
    }
}
