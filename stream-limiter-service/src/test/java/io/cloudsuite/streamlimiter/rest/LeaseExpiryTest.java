package io.cloudsuite.streamlimiter.rest;

import static io.cloudsuite.streamlimiter.rest.StreamResourceTest.START;
import static io.cloudsuite.streamlimiter.rest.StreamResourceTest.VIEWER;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudsuite.testing.LocalDynamoResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/** With a short lease (20 s): a crashed player's streams free their slots when their leases run out, without TTL. */
@QuarkusTest
@TestProfile(LeaseExpiryTest.ShortLease.class)
@WithTestResource(LocalDynamoResource.class)
class LeaseExpiryTest {

    /** Long enough for four requests on a saturated machine (three took over 8 s here), short enough for a test. */
    private static final long LEASE_MILLIS = 20_000;

    public static class ShortLease implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stream-limiter.lease", LEASE_MILLIS + "ms");
        }
    }

    @Test
    void anExpiredLeaseFreesItsSlotTheMomentItExpires() throws InterruptedException {
        String viewer = Viewers.fresh();
        List<String> crashed = new ArrayList<>();
        Instant lastExpiry = Instant.EPOCH;
        for (int i = 0; i < 3; i++) {
            ValidatableResponse started = given().header(VIEWER, viewer).when().post(START).then().statusCode(201);
            crashed.add(started.extract().path("id"));
            lastExpiry = Instant.parse(started.extract().path("expires_at"));
        }
        int retryAfter = Integer.parseInt(given().header(VIEWER, viewer).when().post(START).then().statusCode(429)
                .extract().header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 20, "Retry-After is the time left on the earliest lease: " + retryAfter);

        // The server's clock is this machine's: wait until the last lease has run out, and not a moment longer.
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), lastExpiry).toMillis() + 50));

        assertEquals(List.of(), StreamResourceTest.activeIds(viewer), "expired streams are no longer active");
        given().header(VIEWER, viewer).when().put(START + "/" + crashed.get(0) + "/heartbeat").then().statusCode(404);
        StreamResourceTest.start(viewer);
        StreamResourceTest.start(viewer);
        StreamResourceTest.start(viewer);
    }

    @Test
    void heartbeatsKeepAStreamActivePastItsFirstLease() throws InterruptedException {
        String viewer = Viewers.fresh();
        String id = StreamResourceTest.start(viewer);

        // Four beats six seconds apart: past the first lease, with fourteen seconds to spare on each.
        for (int beat = 0; beat < 4; beat++) {
            Thread.sleep(6_000);
            given().header(VIEWER, viewer).when().put(START + "/" + id + "/heartbeat").then().statusCode(200);
        }

        assertEquals(List.of(id), StreamResourceTest.activeIds(viewer));
    }
}
