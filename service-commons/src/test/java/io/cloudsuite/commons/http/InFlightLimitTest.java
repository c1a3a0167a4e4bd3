package io.cloudsuite.commons.http;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.cloudsuite.commons.TwoInFlightRedirectOff;
import io.cloudsuite.testing.RawHttp;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Past the bound on requests in progress, a request is answered 503 problem+json with Retry-After at once; health
 * is never shed; once requests finish, the replica serves again.
 */
@QuarkusTest
@TestProfile(TwoInFlightRedirectOff.class)
class InFlightLimitTest {

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @Inject
    InFlightLimit limit;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void requestsPastTheBoundAreShedUntilTheOthersFinish() throws Exception {
        HoldFixtureResource.release = new CompletableFuture<>();
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest hold = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/fixture/hold"))
                .build();
        List<CompletableFuture<HttpResponse<String>>> held = List.of(
                http.sendAsync(hold, HttpResponse.BodyHandlers.ofString()),
                http.sendAsync(hold, HttpResponse.BodyHandlers.ofString()));
        awaitInFlight(2);

        // Bounded: without the limit this request would be held like the others, and the test must fail, not hang.
        HttpResponse<String> shed = http.send(
                HttpRequest.newBuilder(hold.uri())
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(503, shed.statusCode());
        assertEquals("1", shed.headers().firstValue("Retry-After").orElse(null));
        assertTrue(shed.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(shed.body().contains("overloaded"), shed.body());
        given().when().get(readiness).then().statusCode(200);

        HoldFixtureResource.release.complete("released");
        for (CompletableFuture<HttpResponse<String>> response : held) {
            assertEquals(200, response.get(30, TimeUnit.SECONDS).statusCode());
        }
        awaitInFlight(0);
        given().when().get("/fixture/hold").then().statusCode(200).body(equalTo("released"));
    }

    /**
     * An answer that closes the connection (413, 408, 400 for ambiguous framing, ...) gives the request's place back.
     * Such answers used to replace the routing context's end handler, and each one kept its place for good: a few
     * hundred of them left the replica answering 503 to everything.
     */
    @Test
    void refusalsThatCloseTheConnectionGiveTheirPlaceBack() throws Exception {
        for (int i = 0; i < 5; i++) {
            RawHttp.Answer refused =
                    RawHttp.exchange("POST /ping HTTP/1.1\r\nHost: localhost\r\nContent-Length: 20000000\r\n\r\n");
            assertEquals(413, refused.status(), refused::toString);
            assertTrue(refused.closed(), refused::toString);
        }

        awaitInFlight(0);
        given().when().get("/ping").then().statusCode(200);
    }

    /** The count moves on the server's threads, a moment after the client has sent or been answered: wait for it. */
    private void awaitInFlight(int expected) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(10))
                .untilAsserted(() -> assertEquals(expected, limit.inFlight(), "requests in progress"));
    }
}
