package io.cloudsuite.bullets.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.cloudsuite.testing.AbuseLimits;
import io.cloudsuite.testing.AbuseTest;
import io.cloudsuite.testing.LocalRedisResource;
import io.cloudsuite.testing.RawHttp;
import io.cloudsuite.testing.RawHttp.Answer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

/** The abuse suite (issue 31) against the packaged jar, with what this service counts. */
@QuarkusIntegrationTest
@TestProfile(AbuseLimits.class)
@WithTestResource(LocalRedisResource.class)
class AbuseIT extends AbuseTest {

    private static final String FIRE = "/api/v1/player/fired_bullet";

    /** Issue 31, item 3: Content-Length beside chunked, then a second request: two bullets counted. */
    @Test
    void ambiguousFramingCountsNothing() {
        long before = total();

        Answer answer = RawHttp.exchange("POST " + FIRE + " HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\nPOST " + FIRE + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Length: 0\r\n\r\n");

        assertProblemAnswer(answer, 400);
        assertTrue(answer.closed(), answer::toString);
        assertEquals(before, total());
    }

    /** Issue 31, item 3: {@code Transfer-Encoding: xchunked} was answered 201. */
    @Test
    void anUnknownTransferCodingCountsNothing() {
        long before = total();

        Answer answer = RawHttp.exchange(
                "POST " + FIRE + " HTTP/1.1\r\nHost: localhost\r\n" + "Transfer-Encoding: xchunked\r\n\r\n");

        assertProblemAnswer(answer, 501);
        assertEquals(before, total());
    }

    private static long total() {
        return given().when()
                .get("/api/v1/player/fired_bullets")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("fired_bullets");
    }
}
