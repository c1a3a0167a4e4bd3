package io.cloudsuite.streamlimiter.rest;

import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.cloudsuite.testing.Concurrently;
import io.cloudsuite.testing.LocalDynamoResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** The stream contract over HTTP against a real Dynoxide; {@link StreamResourceIT} runs it on the packaged jar. */
@QuarkusTest
@WithTestResource(LocalDynamoResource.class)
class StreamResourceTest {

    static final String START = "/api/v1/stream";
    static final String ACTIVE = "/api/v1/streams";
    static final String VIEWER = "X-Forwarded-For";

    @Test
    void aStartWithoutBodyCreatesAStreamWithALease() {
        String viewer = Viewers.fresh();
        Instant before = Instant.now().minusSeconds(1);

        ValidatableResponse created = given().header(VIEWER, viewer)
                .when()
                .post(START)
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header(StreamResource.IDEMPOTENT_REPLAYED, nullValue())
                .body("viewer", equalTo(viewer))
                .body("video_name", nullValue());
        String id = created.extract().path("id");
        created.header("Location", endsWith("/api/v1/stream/" + id));
        Instant startedAt = Instant.parse(created.extract().path("started_at"));
        Instant expiresAt = Instant.parse(created.extract().path("expires_at"));
        assertTrue(startedAt.isAfter(before));
        assertEquals(120, expiresAt.getEpochSecond() - startedAt.getEpochSecond(), "the default lease is 120 s");
    }

    @Test
    void aStartKeepsTheOriginalFieldsOfItsBody() {
        given().header(VIEWER, Viewers.fresh())
                .contentType(ContentType.JSON)
                .body("""
                {"video_name": "Big Buck Bunny", "codec_info": "h264", "file_type": "mp4", "size": 10485760,
                 "src": "https://cdn.example/bunny.mp4", "framerate": 29.97, "video_playing": true,
                 "video_start_time": "2026-11-29T16:00:00Z", "video_end_time": "2026-11-29T17:30:00Z"}""")
                .when()
                .post(START)
                .then()
                .statusCode(201)
                .body("video_name", equalTo("Big Buck Bunny"))
                .body("codec_info", equalTo("h264"))
                .body("file_type", equalTo("mp4"))
                .body("size", equalTo(10485760))
                .body("src", equalTo("https://cdn.example/bunny.mp4"))
                .body("framerate", equalTo(29.97f))
                .body("video_playing", equalTo(true))
                .body("video_start_time", equalTo("2026-11-29T16:00:00Z"))
                .body("video_end_time", equalTo("2026-11-29T17:30:00Z"));
    }

    @Test
    void aFourthActiveStreamIsRefusedWithTheActiveIdsAndWhenToRetry() {
        String viewer = Viewers.fresh();
        List<String> ids = List.of(start(viewer), start(viewer), start(viewer));

        assertProblem(given().header(VIEWER, viewer).when().post(START).then(), 429)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("urn:cloudsuite:problem:stream-limit-reached"))
                .body("detail", containsString("at most 3 streams"))
                .body("limit", equalTo(3))
                .body("active", containsInAnyOrder(ids.toArray()));
        int retryAfter = Integer.parseInt(
                given().header(VIEWER, viewer).when().post(START).header("Retry-After"));
        assertTrue(retryAfter <= 120, "at most the lease: " + retryAfter);
        assertEquals(ids, activeIds(viewer), "a refused start takes no slot");
    }

    @Test
    void endingAStreamFreesItsSlotAtOnce() {
        String viewer = Viewers.fresh();
        String first = start(viewer);
        start(viewer);
        String third = start(viewer);
        given().header(VIEWER, viewer).when().post(START).then().statusCode(429);

        given().header(VIEWER, viewer).when().delete(START + "/" + first).then().statusCode(204);
        String fourth = start(viewer);

        given().header(VIEWER, viewer)
                .contentType(ContentType.JSON)
                .body("{\"video_ended\": true}")
                .when()
                .patch(START + "/" + third)
                .then()
                .statusCode(200)
                .body("id", equalTo(third))
                .body("video_ended", equalTo(true));
        String fifth = start(viewer);

        assertTrue(activeIds(viewer).containsAll(List.of(fourth, fifth)));
        assertEquals(3, activeIds(viewer).size());
    }

    @Test
    void aHeartbeatRenewsTheLease() throws InterruptedException {
        String viewer = Viewers.fresh();
        ValidatableResponse created =
                given().header(VIEWER, viewer).when().post(START).then().statusCode(201);
        String id = created.extract().path("id");
        Instant firstExpiry = Instant.parse(created.extract().path("expires_at"));
        Thread.sleep(20);

        String renewed = given().header(VIEWER, viewer)
                .when()
                .put(START + "/" + id + "/heartbeat")
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .extract()
                .path("expires_at");

        assertTrue(Instant.parse(renewed).isAfter(firstExpiry));
        given().header(VIEWER, viewer)
                .when()
                .get(ACTIVE)
                .then()
                .statusCode(200)
                .body("active[0].expires_at", equalTo(renewed));
    }

    @Test
    void anUnknownEndedOrOtherViewersStreamIsNotFound() {
        String viewer = Viewers.fresh();
        String other = Viewers.fresh();
        String id = start(viewer);
        String unknown = UUID.randomUUID().toString();

        for (String missing : List.of(unknown, "not-even-a-uuid")) {
            assertProblem(
                            given().header(VIEWER, viewer)
                                    .when()
                                    .put(START + "/" + missing + "/heartbeat")
                                    .then(),
                            404)
                    .body("type", equalTo("urn:cloudsuite:problem:stream-not-found"));
            assertProblem(
                    given().header(VIEWER, viewer)
                            .when()
                            .delete(START + "/" + missing)
                            .then(),
                    404);
        }
        assertProblem(
                given().header(VIEWER, other)
                        .when()
                        .put(START + "/" + id + "/heartbeat")
                        .then(),
                404);
        assertProblem(
                given().header(VIEWER, other).when().delete(START + "/" + id).then(), 404);
        assertProblem(
                given().header(VIEWER, other)
                        .contentType(ContentType.JSON)
                        .body("{\"video_ended\": true}")
                        .when()
                        .patch(START + "/" + id)
                        .then(),
                404);

        given().header(VIEWER, viewer).when().delete(START + "/" + id).then().statusCode(204);
        assertProblem(
                given().header(VIEWER, viewer).when().delete(START + "/" + id).then(), 404);
        assertProblem(
                given().header(VIEWER, viewer)
                        .when()
                        .put(START + "/" + id + "/heartbeat")
                        .then(),
                404);
        assertProblem(
                given().header(VIEWER, viewer)
                        .contentType(ContentType.JSON)
                        .body("{\"video_ended\": true}")
                        .when()
                        .patch(START + "/" + id)
                        .then(),
                404);
    }

    @Test
    void theListShowsTheViewerTheLimitAndOnlyTheirActiveStreams() {
        String viewer = Viewers.fresh();
        given().header(VIEWER, viewer)
                .when()
                .get(ACTIVE)
                .then()
                .statusCode(200)
                .body("viewer", equalTo(viewer))
                .body("limit", equalTo(3))
                .body("active", empty());
        String first = start(viewer);
        String second = start(viewer);
        start(Viewers.fresh());

        given().header(VIEWER, viewer)
                .when()
                .get(ACTIVE)
                .then()
                .statusCode(200)
                .body("active.id", contains(first, second))
                .body("active.viewer", contains(viewer, viewer));
    }

    @Test
    void viewersAreIsolated() {
        String full = Viewers.fresh();
        start(full);
        start(full);
        start(full);
        given().header(VIEWER, full).when().post(START).then().statusCode(429);

        given().header(VIEWER, Viewers.fresh()).when().post(START).then().statusCode(201);
        given().header(VIEWER, Viewers.freshIpv6()).when().post(START).then().statusCode(201);
    }

    @Test
    void theViewerIsTheLastAddressTrimmedAndInCanonicalForm() {
        String viewer = Viewers.fresh();
        given().header(VIEWER, "198.51.100.1, 198.51.100.2 ,  " + viewer + "  ")
                .when()
                .post(START)
                .then()
                .statusCode(201)
                .body("viewer", equalTo(viewer));
        given().header(VIEWER, "2001:DB8:0:0::7")
                .when()
                .get(ACTIVE)
                .then()
                .statusCode(200)
                .body("viewer", equalTo("2001:db8:0:0:0:0:0:7"));
        // An IPv4-mapped IPv6 address is the IPv4 viewer.
        given().header(VIEWER, "::ffff:" + viewer)
                .when()
                .get(ACTIVE)
                .then()
                .statusCode(200)
                .body("viewer", equalTo(viewer))
                .body("active", hasSize(1));
    }

    /**
     * Issue 27: the load balancer appends the address it saw to whatever X-Forwarded-For the client sent. Six starts
     * naming another address in front of the appended one are one viewer's: three are admitted, and that viewer's
     * list shows them.
     */
    @Test
    void addressesAClientWritesInFrontOfTheAppendedOneDoNotEscapeTheLimit() {
        String viewer = Viewers.fresh();
        int admitted = 0;
        for (int n = 1; n <= 6; n++) {
            int status = given().header(VIEWER, "10.9.9." + n + ", " + viewer)
                    .when()
                    .post(START)
                    .then()
                    .extract()
                    .statusCode();
            admitted += status == 201 ? 1 : 0;
        }
        assertEquals(3, admitted);
        given().header(VIEWER, viewer).when().get(ACTIVE).then().statusCode(200).body("active", hasSize(3));
    }

    /** Issue 27: naming a victim in front of one's own address neither lists nor ends the victim's streams. */
    @Test
    void aClientCannotActAsAnotherViewer() {
        String victim = Viewers.fresh();
        String attacker = Viewers.fresh();
        String id = start(victim);

        given().header(VIEWER, victim + ", " + attacker)
                .when()
                .get(ACTIVE)
                .then()
                .statusCode(200)
                .body("viewer", equalTo(attacker))
                .body("active", empty());
        assertProblem(
                given().header(VIEWER, victim + ", " + attacker)
                        .when()
                        .delete(START + "/" + id)
                        .then(),
                404);
        given().header(VIEWER, victim).when().get(ACTIVE).then().statusCode(200).body("active.id", contains(id));
    }

    /** Repeated header lines are one list (RFC 9110): the appended address is the last of all of them. */
    @Test
    void headerLinesAreOneList() {
        String viewer = Viewers.fresh();
        given().header(VIEWER, "10.9.9.1")
                .header(VIEWER, viewer)
                .when()
                .post(START)
                .then()
                .statusCode(201)
                .body("viewer", equalTo(viewer));
    }

    /** Issue 27: no client-written X-Forwarded-Host or -Prefix decides the host or path of a Location. */
    @Test
    void aLocationIgnoresForwardedHostAndPrefix() {
        String location = given().header(VIEWER, Viewers.fresh())
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Prefix", "/phish")
                .when()
                .post(START)
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        assertFalse(location.contains("evil.example"), location);
        assertFalse(location.contains("phish"), location);
        assertTrue(location.startsWith("http://localhost:") && location.contains("/api/v1/stream/"), location);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                ",",
                " , ",
                "not-an-ip",
                "999.1.1.1",
                "10.0.0",
                "10.0.0.1.2",
                "01.2.3.4",
                "example.com",
                "::g",
                "1:2:3:4:5:6:7:8:9",
                ",10.0.0.1",
                "10.0.0.1,",
                "fe80::1%eth0",
                "10.0.0.1/8"
            })
    void anInvalidForwardedForIsA400NamingTheHeader(String header) {
        assertProblem(given().header(VIEWER, header).when().post(START).then(), 400)
                .body("type", equalTo("urn:cloudsuite:problem:validation-failed"))
                .body("errors.field", hasItem(VIEWER));
        assertProblem(given().header(VIEWER, header).when().get(ACTIVE).then(), 400);
    }

    @Test
    void aMissingForwardedForIsA400NamingTheHeader() {
        assertProblem(given().when().post(START).then(), 400)
                .body("errors.field", hasItem(VIEWER))
                .body("detail", containsString(VIEWER));
        assertProblem(given().when().get(ACTIVE).then(), 400);
        assertProblem(given().when().delete(START + "/" + UUID.randomUUID()).then(), 400);
    }

    @Test
    void malformedJsonIsA400AndTakesNoSlot() {
        String viewer = Viewers.fresh();
        assertProblem(
                        given().header(VIEWER, viewer)
                                .contentType(ContentType.JSON)
                                .body("{\"video_name\": ")
                                .when()
                                .post(START)
                                .then(),
                        400)
                .body("type", equalTo("urn:cloudsuite:problem:malformed-request-body"));
        assertProblem(
                given().header(VIEWER, viewer)
                        .contentType(ContentType.JSON)
                        .body("[1, 2]")
                        .when()
                        .post(START)
                        .then(),
                400);
        assertEquals(List.of(), activeIds(viewer));
    }

    @Test
    void everyWrongTypeAndUnknownFieldIsListedAndTakesNoSlot() {
        String viewer = Viewers.fresh();
        assertProblem(
                        given().header(VIEWER, viewer)
                                .contentType(ContentType.JSON)
                                .body("""
                {"video_name": 42, "size": -1, "framerate": "fast", "video_playing": "yes",
                 "video_start_time": "yesterday", "video_ended": true, "colour": "red", "codec_info": "h264"}""")
                                .when()
                                .post(START)
                                .then(),
                        400)
                .body("type", equalTo("urn:cloudsuite:problem:validation-failed"))
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "video_name",
                                "size",
                                "framerate",
                                "video_playing",
                                "video_start_time",
                                "video_ended",
                                "colour"));
        assertEquals(List.of(), activeIds(viewer));
    }

    @Test
    void anotherContentTypeIsA415AndTakesNoSlot() {
        String viewer = Viewers.fresh();
        assertProblem(
                given().header(VIEWER, viewer)
                        .contentType(ContentType.TEXT)
                        .body("video_name=x")
                        .when()
                        .post(START)
                        .then(),
                415);
        assertProblem(
                given().header(VIEWER, viewer)
                        .contentType(ContentType.XML)
                        .body("<stream/>")
                        .when()
                        .post(START)
                        .then(),
                415);
        assertEquals(List.of(), activeIds(viewer));
    }

    @Test
    void aPatchMustSayVideoEndedTrue() {
        String viewer = Viewers.fresh();
        String id = start(viewer);
        for (String body : List.of(
                "{\"video_ended\": false}",
                "{\"video_ended\": \"true\"}",
                "{}",
                "{\"video_ended\": true, \"video_name\": \"x\"}")) {
            assertProblem(
                    given().header(VIEWER, viewer)
                            .contentType(ContentType.JSON)
                            .body(body)
                            .when()
                            .patch(START + "/" + id)
                            .then(),
                    400);
        }
        assertProblem(
                given().header(VIEWER, viewer)
                        .contentType(ContentType.TEXT)
                        .body("video_ended=true")
                        .when()
                        .patch(START + "/" + id)
                        .then(),
                415);
        assertEquals(List.of(id), activeIds(viewer), "still active after every rejected PATCH");
    }

    @Test
    void aRetriedStartWithItsIdempotencyKeyReturnsTheSameStreamAndTakesNoSecondSlot() {
        String viewer = Viewers.fresh();
        String key = "start-" + UUID.randomUUID();
        String id = given().header(VIEWER, viewer)
                .header("Idempotency-Key", key)
                .when()
                .post(START)
                .then()
                .statusCode(201)
                .header(StreamResource.IDEMPOTENT_REPLAYED, nullValue())
                .extract()
                .path("id");

        given().header(VIEWER, viewer)
                .header("Idempotency-Key", key)
                .when()
                .post(START)
                .then()
                .statusCode(201)
                .header(StreamResource.IDEMPOTENT_REPLAYED, "true")
                .header("Location", endsWith("/api/v1/stream/" + id))
                .body("id", equalTo(id));

        assertEquals(List.of(id), activeIds(viewer));
        String otherKey = given().header(VIEWER, viewer)
                .header("Idempotency-Key", "other-" + key)
                .when()
                .post(START)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertTrue(!otherKey.equals(id), "a different key is a different start");
    }

    @Test
    void anIdempotencyKeyReusedWithAnotherBodyIs422AndTakesNothing() {
        String viewer = Viewers.fresh();
        String key = "body-" + UUID.randomUUID();
        String body = "{\"video_name\": \"Bunny\", \"video_start_time\": \"2026-11-29T17:00:00+01:00\"}";
        String id = given().header(VIEWER, viewer)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(START)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        given().header(VIEWER, viewer)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(START)
                .then()
                .statusCode(201)
                .body("id", equalTo(id));
        assertProblem(
                        given().header(VIEWER, viewer)
                                .header("Idempotency-Key", key)
                                .contentType(ContentType.JSON)
                                .body("{\"video_name\": \"Sintel\"}")
                                .when()
                                .post(START)
                                .then(),
                        422)
                .body("type", equalTo("urn:cloudsuite:problem:idempotency-key-reused"));
        assertProblem(
                given().header(VIEWER, viewer)
                        .header("Idempotency-Key", key)
                        .when()
                        .post(START)
                        .then(),
                422);

        assertEquals(List.of(id), activeIds(viewer));
    }

    @Test
    void concurrentDuplicatesOfOneIdempotencyKeyTakeOneSlot() throws Exception {
        String viewer = Viewers.fresh();
        String key = "burst-" + UUID.randomUUID();

        List<Response> answers = Concurrently.race(
                20,
                duplicate -> given().header(VIEWER, viewer)
                        .header("Idempotency-Key", key)
                        .when()
                        .post(START));

        // A 503 (a call that outlived the SDK's timeout on a saturated machine) is allowed; a retry finds the stream.
        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        assertTrue(statuses.stream().allMatch(status -> status == 201 || status == 503), statuses.toString());
        String id = given().header(VIEWER, viewer)
                .header("Idempotency-Key", key)
                .when()
                .post(START)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertTrue(
                answers.stream()
                        .filter(answer -> answer.statusCode() == 201)
                        .allMatch(answer -> id.equals(answer.path("id"))),
                "every duplicate answers the same stream");
        assertEquals(List.of(id), activeIds(viewer));
    }

    @Test
    void anInvalidIdempotencyKeyIsA400AndTakesNoSlot() {
        String viewer = Viewers.fresh();
        assertProblem(
                        given().header(VIEWER, viewer)
                                .header("Idempotency-Key", "has space")
                                .when()
                                .post(START)
                                .then(),
                        400)
                .body("errors.field", hasItem("Idempotency-Key"));
        assertEquals(List.of(), activeIds(viewer));
    }

    @Test
    void fiftyParallelStartsForOneViewerCreateExactlyThree() throws Exception {
        String viewer = Viewers.fresh();

        List<Integer> statuses = Concurrently.race(
                50, caller -> given().header(VIEWER, viewer).when().post(START).statusCode());

        assertExactlyThreeOfFiftyStarted(statuses, activeIds(viewer));
    }

    /**
     * Exactly 3 streams exist and every other start was refused. On an idle machine that is 3 x 201 and 47 x 429. On
     * a saturated one a start may also answer 503 (its DynamoDB call outlived the SDK's timeout), which the contract
     * allows; such a start may still have taken one of the 3 slots, so: created + slots taken by 503s = 3, and
     * refused + 503s that took none = 47.
     */
    static void assertExactlyThreeOfFiftyStarted(List<Integer> statuses, List<String> active) {
        int created = Collections.frequency(statuses, 201);
        int refused = Collections.frequency(statuses, 429);
        int unavailable = Collections.frequency(statuses, 503);
        assertEquals(50, created + refused + unavailable, "only 201, 429 or 503: " + statuses);
        assertEquals(3, active.size(), "exactly 3 active streams: " + statuses);
        assertTrue(created <= 3, statuses.toString());
        assertEquals(47, refused + unavailable - (3 - created), statuses.toString());
    }

    @Test
    void errorsShowNoInternals() {
        assertProblem(
                        given().header(VIEWER, Viewers.fresh())
                                .contentType(ContentType.JSON)
                                .body("{\"size\": \"big\"}")
                                .when()
                                .post(START)
                                .then(),
                        400)
                .body(not(containsString("Exception")))
                .body(not(containsString("software.amazon")));
    }

    static String start(String viewer) {
        return given().header(VIEWER, viewer)
                .when()
                .post(START)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static List<String> activeIds(String viewer) {
        return given().header(VIEWER, viewer)
                .when()
                .get(ACTIVE)
                .then()
                .statusCode(200)
                .extract()
                .path("active.id");
    }
}
