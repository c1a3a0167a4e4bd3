package io.cloudsuite.konnichiwa.rest;

import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudsuite.testing.TestClock;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * The guard with its defaults (20 wrong keys a minute; the test profile raises the limit for the other tests, this
 * profile puts it back). Every request here comes from 127.0.0.1: outside the prod profile X-Forwarded-For must not
 * change that. The service's clock stands still and the test moves it: the block holds, counts down and ends to the
 * millisecond where the test says, on any machine load.
 */
@QuarkusTest
@TestProfile(BruteForceGuardTest.Defaults.class)
class BruteForceGuardTest {

    private static final int WINDOW_SECONDS = 60;
    private static final String WRONG_TOKEN = "wrong-guess-7f3a9c";

    public static class Defaults implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "konnichiwa.brute-force.max-failures", "20", "konnichiwa.brute-force.window", WINDOW_SECONDS + "s");
        }
    }

    private TestClock clock;

    @BeforeEach
    void standTheServicesClockStill() {
        clock = TestClock.startingNow();
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @Test
    void twentyWrongKeysGet401ThenTheAddressGets429ForTheRestOfTheWindow() {
        try (CapturedLogs logs = CapturedLogs.start()) {
            for (int attempt = 1; attempt <= 20; attempt++) {
                // A different X-Forwarded-For each time: ignored outside prod, so it is the same client.
                wrongKey("198.51.100." + attempt).then().statusCode(401);
            }

            ValidatableResponse blocked = assertProblem(
                            wrongKey("198.51.100.99").then(), 429)
                    .body("type", equalTo("urn:cloudsuite:problem:too-many-failed-attempts"))
                    .body("detail", containsString("retry after"));
            // No time has passed since the window's first wrong key: all of it is left.
            blocked.header("Retry-After", String.valueOf(WINDOW_SECONDS));
            InspectAuthorizationTest.assertRevealsNoKey(blocked, WRONG_TOKEN);
            // Without any key, a blocked address is still answered 429: the block is about the address.
            assertProblem(given().when().get("/inspect").then(), 429);

            // Valid requests are never slowed: the right key passes even from the blocked address.
            given().header("Authorization", DevelopmentKey.BEARER)
                    .when()
                    .get("/inspect")
                    .then()
                    .statusCode(200);

            // The block lasts until the window ends: Retry-After counts down towards it and is never reset.
            clock.advance(Duration.ofSeconds(2));
            assertProblem(wrongKey("198.51.100.99").then(), 429)
                    .header("Retry-After", String.valueOf(WINDOW_SECONDS - 2));
            clock.advance(Duration.ofSeconds(WINDOW_SECONDS - 2).minusMillis(1));
            assertProblem(wrongKey("198.51.100.99").then(), 429).header("Retry-After", "1");

            // The moment the window has passed, the address's wrong keys are answered 401 again.
            clock.advance(Duration.ofMillis(1));
            wrongKey("198.51.100.99").then().statusCode(401);

            assertLogsWarnOnceWithoutAnyKey(logs.lines());
        }
    }

    private static void assertLogsWarnOnceWithoutAnyKey(List<String> lines) {
        // Proves the capture sees the service's log, so the absence checks below mean something.
        assertTrue(lines.stream().anyMatch(line -> line.contains("20 wrong API keys from 127.0.0.1")), lines::toString);
        for (String line : lines) {
            assertFalse(line.contains(DevelopmentKey.KEY), line);
            assertFalse(line.contains(WRONG_TOKEN), line);
        }
    }

    private static Response wrongKey(String forwardedFor) {
        return given().header("Authorization", "Bearer " + WRONG_TOKEN)
                .header("X-Forwarded-For", forwardedFor)
                .when()
                .get("/inspect");
    }
}
