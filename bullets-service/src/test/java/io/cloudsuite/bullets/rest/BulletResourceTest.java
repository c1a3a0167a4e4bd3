package io.cloudsuite.bullets.rest;

import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.cloudsuite.commons.idempotency.IdempotencyKey;
import io.cloudsuite.testing.Concurrently;
import io.cloudsuite.testing.LocalRedisResource;
import io.cloudsuite.testing.RawHttp;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The bullet contract over HTTP against a real Redis; {@link BulletResourceIT} runs it on the packaged jar. */
@QuarkusTest
@WithTestResource(LocalRedisResource.class)
class BulletResourceTest {

    private static final String FIRE = "/api/v1/player/fired_bullet";
    private static final String TOTAL = "/api/v1/player/fired_bullets";

    @Test
    void firingCountsOneBulletAndReturnsTheNewTotal() {
        long before = total();

        long answered = given().when()
                .post(FIRE)
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header(BulletResource.IDEMPOTENT_REPLAYED, nullValue())
                .extract()
                .jsonPath()
                .getLong("fired_bullets");

        assertEquals(before + 1, answered);
        assertEquals(before + 1, total());
    }

    @Test
    void anyRequestBodyIsIgnored() {
        long before = total();

        given().contentType(ContentType.JSON)
                .body("{not json")
                .when()
                .post(FIRE)
                .then()
                .statusCode(201);
        given().contentType(ContentType.XML)
                .body("<bullet/>")
                .when()
                .post(FIRE)
                .then()
                .statusCode(201);
        given().contentType("application/octet-stream")
                .body(new byte[] {0, 1, 2})
                .when()
                .post(FIRE)
                .then()
                .statusCode(201);

        assertEquals(before + 3, total());
    }

    @Test
    void aRepeatedIdempotencyKeyReplaysTheFirstAnswerWithoutCounting() {
        String key = "bullet-" + UUID.randomUUID();
        long first = given().header(IdempotencyKey.HEADER, key)
                .when()
                .post(FIRE)
                .then()
                .statusCode(201)
                .header(BulletResource.IDEMPOTENT_REPLAYED, nullValue())
                .extract()
                .jsonPath()
                .getLong("fired_bullets");
        given().when().post(FIRE).then().statusCode(201);
        long afterOtherBullet = total();

        given().header(IdempotencyKey.HEADER, key)
                .when()
                .post(FIRE)
                .then()
                .statusCode(201)
                .header(BulletResource.IDEMPOTENT_REPLAYED, "true")
                .body("fired_bullets", equalTo((int) first));

        assertEquals(afterOtherBullet, total());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "has space", "tab\there", "ünïcode"})
    void anInvalidIdempotencyKeyIsRejectedWithoutCounting(String key) {
        long before = total();

        assertProblem(
                        given().header(IdempotencyKey.HEADER, key)
                                .when()
                                .post(FIRE)
                                .then(),
                        400)
                .body("type", equalTo("urn:cloudsuite:problem:validation-failed"))
                .body("errors.field", hasItem("Idempotency-Key"))
                .body("errors.message", hasItem("must be 1 to 255 visible ASCII characters, sent at most once"));

        assertEquals(before, total());
    }

    @Test
    void aRepeatedIdempotencyKeyHeaderIsRejected() {
        assertProblem(
                given().header(IdempotencyKey.HEADER, "a")
                        .header(IdempotencyKey.HEADER, "b")
                        .when()
                        .post(FIRE)
                        .then(),
                400);
    }

    @Test
    void anIdempotencyKeyLongerThan255CharactersIsRejected() {
        assertProblem(
                given().header(IdempotencyKey.HEADER, "k".repeat(256))
                        .when()
                        .post(FIRE)
                        .then(),
                400);
        given().header(
                        IdempotencyKey.HEADER,
                        "k".repeat(254) + UUID.randomUUID().toString().charAt(0))
                .when()
                .post(FIRE)
                .then()
                .statusCode(201);
    }

    @Test
    void aThousandConcurrentBulletsRaiseTheCounterByExactlyAThousand() throws Exception {
        long before = total();

        List<Integer> statuses =
                Concurrently.race(50, 1_000, call -> given().when().post(FIRE).statusCode());

        assertEquals(Collections.nCopies(1_000, 201), statuses);
        assertEquals(before + 1_000, total());
    }

    @Test
    void concurrentDuplicatesOfOneIdempotencyKeyCountOnce() throws Exception {
        String key = "burst-" + UUID.randomUUID();
        long before = total();

        List<Long> totals = Concurrently.race(
                20,
                duplicate -> given().header(IdempotencyKey.HEADER, key)
                        .when()
                        .post(FIRE)
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getLong("fired_bullets"));

        assertEquals(before + 1, total());
        assertEquals(Collections.nCopies(20, totals.get(0)), totals, "every duplicate answers the first total");
    }

    /**
     * Requests the server never finished reading (a body cut short by a client that went away, chunks the codec
     * refuses) must not count: a client retrying them without an Idempotency-Key would count one bullet twice.
     */
    @Test
    void theCounterRisesExactlyByTheNumberOfSuccessfulAnswers() {
        long before = total();
        List.of(
                        rawPost("Content-Length: 100", "hello"),
                        rawPost("Transfer-Encoding: chunked", "2;ext=1\r\nab\r\n0\r\n\r\n"),
                        rawPost("Transfer-Encoding: chunked", "zz\r\nab\r\n0\r\n\r\n"))
                .forEach(RawHttp::sendAndHangUp);
        long successes = 0;
        for (String complete : List.of(
                rawPost("Content-Length: 5", "hello"),
                rawPost("Transfer-Encoding: chunked", "5\r\nhello\r\n0\r\n\r\n"),
                "POST " + FIRE + " HTTP/1.1\r\nHost: localhost\r\n\r\n")) {
            successes += RawHttp.exchange(complete).status() == 201 ? 1 : 0;
        }

        assertEquals(3, successes);
        assertEquals(before + successes, total());
    }

    private static String rawPost(String framing, String body) {
        return "POST " + FIRE + " HTTP/1.1\r\nHost: localhost\r\n" + framing + "\r\n\r\n" + body;
    }

    static long total() {
        return given().when()
                .get(TOTAL)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .jsonPath()
                .getLong("fired_bullets");
    }
}
