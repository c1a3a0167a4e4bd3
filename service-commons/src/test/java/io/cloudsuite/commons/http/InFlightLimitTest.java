package io.cloudsuite.commons.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Past the bound on requests in progress, a request is answered 503 problem+json with Retry-After at once; health
 * is never shed; once requests finish, the replica serves again.
 */
@QuarkusTest
@TestProfile(InFlightLimitTest.TwoInFlight.class)
class InFlightLimitTest {

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    public static class TwoInFlight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("suite.http.max-in-flight", "2");
        }
    }

    @Inject
    InFlightLimit limit;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void requestsPastTheBoundAreShedUntilTheOthersFinish() throws Exception {
        HoldFixtureResource.release = new CompletableFuture<>();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest hold = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/fixture/hold")).build();
        List<CompletableFuture<HttpResponse<String>>> held = List.of(
                http.sendAsync(hold, HttpResponse.BodyHandlers.ofString()),
                http.sendAsync(hold, HttpResponse.BodyHandlers.ofString()));
        awaitInFlight(2);

        // Bounded: without the limit this request would be held like the others, and the test must fail, not hang.
        HttpResponse<String> shed = http.send(HttpRequest.newBuilder(hold.uri()).timeout(Duration.ofSeconds(10)).build(),
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

    private void awaitInFlight(int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (limit.inFlight() != expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(10);
        }
        assertEquals(expected, limit.inFlight(), "requests in progress");
    }
}
