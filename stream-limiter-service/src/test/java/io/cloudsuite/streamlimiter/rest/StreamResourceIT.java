package io.cloudsuite.streamlimiter.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same contract against the packaged jar, started in the prod profile (behind the load balancer). */
@QuarkusIntegrationTest
class StreamResourceIT extends StreamResourceTest {

    /** The load balancer ends TLS and says so: Location uses its scheme and port, and the request's own host. */
    @Test
    void aLocationTakesTheForwardedSchemeAndPort() {
        String location = given().header(VIEWER, Viewers.fresh())
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Port", "443")
                .header("X-Forwarded-Host", "evil.example")
                .when()
                .post(START)
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        assertTrue(location.startsWith("https://localhost/api/v1/stream/"), location);
    }
}
