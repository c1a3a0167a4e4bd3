package io.cloudsuite.bullets.rest;

import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.cloudsuite.testing.LocalRedisResource;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Issue 31, item 6: a flood of unique Idempotency-Keys filled a Redis running {@code noeviction} and every keyed POST
 * was refused. With the stack's {@code volatile-lru} policy a full Redis evicts idempotency records (they carry a
 * TTL) and never the counter (it has none); and one client can create only so many records per window.
 */
@QuarkusTest
@WithTestResource(LocalRedisResource.class)
@TestProfile(IdempotencyFloodTest.FewRecordsPerClient.class)
class IdempotencyFloodTest {

    /** Every request of this test comes from 127.0.0.1, so the bound is small; the window long enough not to roll. */
    public static class FewRecordsPerClient implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "bullets.idempotency-records-per-client",
                    String.valueOf(RECORDS_PER_CLIENT),
                    "bullets.idempotency-record-window",
                    "1h",
                    // As behind the load balancer: the client is the X-Forwarded-For entry it appended.
                    "suite.forwarded.trusted-hops",
                    "1");
        }
    }

    static final int RECORDS_PER_CLIENT = 30;
    private static final String FIRE = "/api/v1/player/fired_bullet";

    @Inject
    RedisDataSource redis;

    @Test
    void aFullRedisEvictsIdempotencyRecordsAndNeverTheCounter() {
        given().when().post(FIRE).then().statusCode(201);
        long before = total();
        long used = usedMemory();
        redis.execute("CONFIG", "SET", "maxmemory-policy", "volatile-lru");
        redis.execute("CONFIG", "SET", "maxmemory", String.valueOf(used + 2 * 1024 * 1024));
        try {
            // 60,000 records as the service writes them (about 6 MB): far past the 2 MB left.
            redis.execute(
                    "EVAL",
                    "for i = 1, tonumber(ARGV[1]) do redis.call('SET', KEYS[1] .. i, i, 'EX', 86400) end",
                    "1",
                    "bullets:idempotency:flood-",
                    "20000");
            redis.execute(
                    "EVAL",
                    "for i = 1, tonumber(ARGV[1]) do redis.call('SET', KEYS[1] .. i, i, 'EX', 86400) end",
                    "1",
                    "bullets:idempotency:flood2-",
                    "20000");
            redis.execute(
                    "EVAL",
                    "for i = 1, tonumber(ARGV[1]) do redis.call('SET', KEYS[1] .. i, i, 'EX', 86400) end",
                    "1",
                    "bullets:idempotency:flood3-",
                    "20000");

            for (int i = 0; i < 10; i++) {
                given().header("Idempotency-Key", UUID.randomUUID().toString())
                        .when()
                        .post(FIRE)
                        .then()
                        .statusCode(201);
            }
            assertTrue(Long.parseLong(info("evicted_keys")) > 0, "nothing was evicted: the test proves nothing");
            assertEquals(before + 10, total(), "the counter lost bullets or was evicted");
        } finally {
            redis.execute("CONFIG", "SET", "maxmemory", "0");
            redis.execute("CONFIG", "SET", "maxmemory-policy", "noeviction");
        }
    }

    @Test
    void oneClientCreatesOnlySoManyRecordsPerWindow() {
        String first = UUID.randomUUID().toString();
        given().header("Idempotency-Key", first).when().post(FIRE).then().statusCode(201);
        int refusedAfter = -1;
        // At most twice the bound plus one: other tests of this class share the client and the window.
        for (int i = 0; i < 2 * RECORDS_PER_CLIENT + 1 && refusedAfter < 0; i++) {
            int status = given().header("Idempotency-Key", UUID.randomUUID().toString())
                    .when()
                    .post(FIRE)
                    .then()
                    .extract()
                    .statusCode();
            if (status == 429) {
                refusedAfter = i;
            }
        }
        assertTrue(refusedAfter >= 0, "a client created " + (2 * RECORDS_PER_CLIENT + 1) + " records unrefused");
        long total = total();

        assertProblem(
                        given().header("Idempotency-Key", UUID.randomUUID().toString())
                                .when()
                                .post(FIRE)
                                .then(),
                        429)
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:cloudsuite:problem:too-many-idempotency-keys"));
        assertEquals(total, total(), "a refused bullet was counted");
        // What a client already holds stays valid, and bullets without a key are still counted.
        given().header("Idempotency-Key", first)
                .when()
                .post(FIRE)
                .then()
                .statusCode(201)
                .header(BulletResource.IDEMPOTENT_REPLAYED, equalTo("true"));
        given().when().post(FIRE).then().statusCode(201);
    }

    @Test
    void theBoundCountsTheAddressTheLoadBalancerAppendedNeverOneTheClientWrote() {
        // Another prefix on every request, one appended address: one client, refused once its records run out.
        int refusedAfter = -1;
        for (int i = 0; i < 2 * RECORDS_PER_CLIENT + 1 && refusedAfter < 0; i++) {
            int status = given().header("X-Forwarded-For", "10.9.9." + i + ", 203.0.113.9")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .when()
                    .post(FIRE)
                    .then()
                    .extract()
                    .statusCode();
            if (status == 429) {
                refusedAfter = i;
            }
        }
        assertEquals(RECORDS_PER_CLIENT, refusedAfter, "a client-written prefix changed the bucket");

        // One written prefix, another appended address on every request: as many clients, none refused.
        for (int i = 0; i < 2 * RECORDS_PER_CLIENT + 1; i++) {
            given().header("X-Forwarded-For", "203.0.113.50, 198.51.100." + i)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .when()
                    .post(FIRE)
                    .then()
                    .statusCode(201);
        }
    }

    private long total() {
        return given().when()
                .get("/api/v1/player/fired_bullets")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("fired_bullets");
    }

    private long usedMemory() {
        return Long.parseLong(info("used_memory"));
    }

    private String info(String field) {
        for (String line : redis.execute("INFO", "memory", "stats").toString().split("\r?\n")) {
            if (line.startsWith(field + ":")) {
                return line.substring(field.length() + 1).trim();
            }
        }
        throw new IllegalStateException("INFO has no " + field);
    }
}
