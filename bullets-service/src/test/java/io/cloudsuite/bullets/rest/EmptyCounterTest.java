package io.cloudsuite.bullets.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.cloudsuite.bullets.config.BulletsConfig;
import io.cloudsuite.testing.LocalRedisResource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(LocalRedisResource.class)
class EmptyCounterTest {

    @Inject
    RedisDataSource redis;

    @Inject
    BulletsConfig config;

    @Test
    void theTotalIsZeroBeforeTheFirstBullet() {
        redis.key().del(config.keyPrefix() + ":fired_bullets");

        given().when()
                .get("/api/v1/player/fired_bullets")
                .then()
                .statusCode(200)
                .body("fired_bullets", equalTo(0));
        given().when()
                .post("/api/v1/player/fired_bullet")
                .then()
                .statusCode(201)
                .body("fired_bullets", equalTo(1));
    }
}
