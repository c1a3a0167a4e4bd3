package io.cloudsuite.bullets.rest;

import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.cloudsuite.commons.backend.BackendConfig;
import io.cloudsuite.testing.InjectLatencyProxy;
import io.cloudsuite.testing.LateRedisResource;
import io.cloudsuite.testing.LatencyProxy;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Redis counts the bullet but its answer comes after the service's backend bound: the 503 says the bullet may have
 * been counted, and the retry with the same Idempotency-Key counts nothing more.
 */
@QuarkusTest
@WithTestResource(LateRedisResource.class)
class LateRedisAnswerTest {

    private static final String FIRE = "/api/v1/player/fired_bullet";
    private static final String TOTAL = "/api/v1/player/fired_bullets";

    @InjectLatencyProxy
    LatencyProxy redis;

    @Inject
    BackendConfig backend;

    @AfterEach
    void answerOnTimeAgain() {
        redis.reset();
    }

    @Test
    void aBulletWhoseEvalIsAnsweredLateIsCountedOnceWhenRetriedWithItsKey() {
        String key = "late-" + UUID.randomUUID();
        long before = total();
        Duration hold = backend.timeout().plusMillis(500);
        redis.holdAnswers("EVAL", hold, 1);

        assertProblem(given().header("Idempotency-Key", key).when().post(FIRE).then(), 503)
                .body("detail", containsString("may have been applied; retry with the same Idempotency-Key"));
        // The retry must not queue behind the held answer on the same connection: wait until it has passed.
        await().atMost(hold.multipliedBy(5)).pollInterval(Duration.ofMillis(20)).until(() -> !redis.holdsAnswers());

        given().header("Idempotency-Key", key)
                .when()
                .post(FIRE)
                .then()
                .statusCode(201)
                .header(BulletResource.IDEMPOTENT_REPLAYED, "true")
                .body("fired_bullets", equalTo((int) before + 1));
        given().when().get(TOTAL).then().statusCode(200).body("fired_bullets", equalTo((int) before + 1));
    }

    private static long total() {
        return given().when().get(TOTAL).then().statusCode(200).extract().<Integer>path("fired_bullets");
    }
}
