package io.cloudsuite.konnichiwa.rest;

import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.Response;

/**
 * The brute-force guard on the packaged jar in the prod profile, behind a load balancer: the client is the address the
 * ALB appended to X-Forwarded-For (the last entry), with the default limit of 20 wrong keys a minute.
 */
@QuarkusIntegrationTest
@WithTestResource(ProdApiKeyResource.class)
class ForwardedClientIT {

    /** Where @QuarkusIntegrationTest sends the jar's output. */
    private static final Path JAR_LOG = Path.of("target/quarkus.log");

    private static final String WRONG_TOKEN = "wrong-guess-forwarded-51c2e8";

    @Test
    void theAddressTheLoadBalancerAppendedIsBlockedAfterTwentyWrongKeys() throws IOException {
        String client = "203.0.113.50";
        for (int attempt = 1; attempt <= 20; attempt++) {
            // What the client put in front is its own choice and must not matter.
            wrongKey("10.0.0." + attempt + ", " + client).then().statusCode(401);
        }

        assertProblem(wrongKey("10.9.9.9, " + client).then(), 429).header("Retry-After", notNullValue());
        assertProblem(wrongKey(client).then(), 429);
        // Naming the blocked address first does not move the blame onto it: another client stays unblocked.
        wrongKey(client + ", 203.0.113.51").then().statusCode(401);
        // The right key still passes from the blocked address.
        given().header("Authorization", DevelopmentKey.PACKAGED_BEARER)
                .header("X-Forwarded-For", client)
                .when()
                .get("/inspect")
                .then()
                .statusCode(200);

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> log().contains("wrong API keys from " + client));
        String log = log();
        assertFalse(log.contains(DevelopmentKey.PACKAGED), "the jar's log shows the key");
        assertFalse(log.contains(WRONG_TOKEN), "the jar's log shows a token a client sent");
        assertTrue(log.contains("\"level\":\"WARN\""), "prod logs are JSON lines");
    }

    /** Issue 27: header lines are one list, so a line the client sends before the appended one changes nothing. */
    @Test
    void aHeaderLineInFrontOfTheAppendedOneDoesNotMoveTheClient() {
        String client = "10.200.0.1";
        for (int attempt = 1; attempt <= 21; attempt++) {
            wrongKey(client);
        }
        assertProblem(wrongKey(client).then(), 429);

        assertProblem(
                given().header("Authorization", "Bearer " + WRONG_TOKEN)
                        .header("X-Forwarded-For", "10.200.0.2")
                        .header("X-Forwarded-For", client)
                        .when()
                        .get("/inspect")
                        .then(),
                429);
    }

    /** A malformed X-Forwarded-For is a 400 problem naming the header, not an empty answer. */
    @Test
    void anEmptyOrCommaOnlyForwardedForIsAProblemNamingTheHeader() {
        for (String header : new String[] {"", " ", ","}) {
            assertProblem(
                            given().header("Authorization", DevelopmentKey.BEARER)
                                    .header("X-Forwarded-For", header)
                                    .when()
                                    .get("/inspect")
                                    .then(),
                            400)
                    .body("errors.field", org.hamcrest.Matchers.hasItem("X-Forwarded-For"));
        }
    }

    private static Response wrongKey(String forwardedFor) {
        return given().header("Authorization", "Bearer " + WRONG_TOKEN)
                .header("X-Forwarded-For", forwardedFor)
                .when()
                .get("/inspect");
    }

    private static String log() throws IOException {
        return Files.readString(JAR_LOG);
    }
}
