package io.cloudsuite.streamlimiter.rest;

import static io.cloudsuite.streamlimiter.rest.StreamResourceTest.START;
import static io.cloudsuite.streamlimiter.rest.StreamResourceTest.VIEWER;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudsuite.streamlimiter.config.StreamLimiterConfig;
import io.cloudsuite.testing.LocalDynamoResource;
import io.cloudsuite.testing.TestClock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/**
 * A crashed player's streams free their slots when their leases run out, without TTL. The service's clock stands
 * still and the test moves it, so every lease runs out to the millisecond where the test says, on any machine load.
 */
@QuarkusTest
@TestProfile(LeaseExpiryTest.ShortLease.class)
@WithTestResource(LocalDynamoResource.class)
class LeaseExpiryTest {

    /** A lease of its own, shorter than the default; the tests read it back from the configuration. */
    public static class ShortLease implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stream-limiter.lease", "20000ms");
        }
    }

    private static final Duration ONE_MILLI = Duration.ofMillis(1);

    @Inject
    StreamLimiterConfig config;

    private TestClock clock;

    @BeforeEach
    void standTheServicesClockStill() {
        clock = TestClock.startingNow();
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @Test
    void anExpiredLeaseFreesItsSlotTheMomentItExpires() {
        Duration lease = config.lease();
        String viewer = Viewers.fresh();
        List<String> crashed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ValidatableResponse started =
                    given().header(VIEWER, viewer).when().post(START).then().statusCode(201);
            crashed.add(started.extract().path("id"));
            assertEquals(
                    clock.instant().plus(lease), Instant.parse(started.extract().path("expires_at")));
        }
        assertEquals(
                String.valueOf(lease.toSeconds()),
                limitReachedRetryAfter(viewer),
                "Retry-After is the time left on the earliest lease");

        clock.advance(lease.minus(ONE_MILLI));
        assertEquals(
                new HashSet<>(crashed),
                new HashSet<>(StreamResourceTest.activeIds(viewer)),
                "a millisecond before their leases run out the streams are still active");
        assertEquals("1", limitReachedRetryAfter(viewer), "and still hold their slots");

        clock.advance(ONE_MILLI);
        assertEquals(List.of(), StreamResourceTest.activeIds(viewer), "expired streams are no longer active");
        given().header(VIEWER, viewer)
                .when()
                .put(START + "/" + crashed.get(0) + "/heartbeat")
                .then()
                .statusCode(404);
        StreamResourceTest.start(viewer);
        StreamResourceTest.start(viewer);
        StreamResourceTest.start(viewer);
    }

    @Test
    void heartbeatsKeepAStreamActivePastItsFirstLease() {
        Duration lease = config.lease();
        String viewer = Viewers.fresh();
        String id = StreamResourceTest.start(viewer);

        // Four beats, each 30 % of a lease after the one before: well past the first lease.
        for (int beat = 0; beat < 4; beat++) {
            clock.advance(lease.multipliedBy(3).dividedBy(10));
            String renewedUntil = given().header(VIEWER, viewer)
                    .when()
                    .put(START + "/" + id + "/heartbeat")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("expires_at");
            assertEquals(clock.instant().plus(lease), Instant.parse(renewedUntil), "a beat renews a whole lease");
        }
        assertEquals(List.of(id), StreamResourceTest.activeIds(viewer));

        // The last beat's lease, and no more.
        clock.advance(lease.minus(ONE_MILLI));
        assertEquals(List.of(id), StreamResourceTest.activeIds(viewer));
        clock.advance(ONE_MILLI);
        assertEquals(List.of(), StreamResourceTest.activeIds(viewer));
        given().header(VIEWER, viewer)
                .when()
                .put(START + "/" + id + "/heartbeat")
                .then()
                .statusCode(404);
    }

    private static String limitReachedRetryAfter(String viewer) {
        return given().header(VIEWER, viewer)
                .when()
                .post(START)
                .then()
                .statusCode(429)
                .extract()
                .header("Retry-After");
    }
}
