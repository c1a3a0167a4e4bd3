package io.cloudsuite.streamlimiter.rest;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same contract against the packaged jar, started in the prod profile. */
@QuarkusIntegrationTest
class StreamResourceIT extends StreamResourceTest {

    /**
     * Known gap, prod profile only: with the shared {@code %prod.quarkus.http.proxy.allow-x-forwarded=true}, Quarkus'
     * own forwarded-header parser rejects an empty X-Forwarded-For, or one starting with a comma, with a bare 400
     * (no body) before any route runs, so these get 400 without problem+json. Errors below the REST layer are
     * service-commons' business (issue #15); the load balancer in front never sends such a header.
     */
    @ParameterizedTest
    @ValueSource(strings = {"", " ", ",10.0.0.1"})
    void aForwardedForTheHttpLayerRejectsIsStillA400(String header) {
        given().header(VIEWER, header).when().post(START).then().statusCode(400);
    }

    @Override
    @ParameterizedTest
    @ValueSource(strings = {"not-an-ip", "999.1.1.1", "10.0.0", "10.0.0.1.2", "01.2.3.4", "example.com", "::g",
            "1:2:3:4:5:6:7:8:9", "fe80::1%eth0", "10.0.0.1/8"})
    void anInvalidForwardedForIsA400NamingTheHeader(String header) {
        super.anInvalidForwardedForIsA400NamingTheHeader(header);
    }
}
