package io.cloudsuite.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class QuarkusHttpEndpointTest {

    @Test
    void quarkusDefaults() {
        assertEquals(new QuarkusHttpEndpoint(8080, 8080, "/q/health/ready", "/q/health/live"), endpoint(""));
    }

    @Test
    void devAndTestPortsDoNotCount() {
        assertEquals(
                8080,
                endpoint("%dev.quarkus.http.port=8081\n%test.quarkus.http.port=0")
                        .httpPort());
    }

    @Test
    void prodProfileWinsOverThePlainKey() {
        assertEquals(
                9090,
                endpoint("quarkus.http.port=7070\n%prod.quarkus.http.port=9090").httpPort());
        assertEquals(7070, endpoint("quarkus.http.port=7070").httpPort());
    }

    @Test
    void anExpressionCountsWithItsDefault() {
        assertEquals(9000, endpoint("quarkus.http.port=${PORT:9000}").httpPort());
    }

    @Test
    void healthPathFollowsRootPaths() {
        assertEquals(
                "/api/q/health/ready", endpoint("quarkus.http.root-path=/api").readinessPath());
        assertEquals(
                "/internal/health/ready",
                endpoint("quarkus.http.non-application-root-path=/internal").readinessPath());
        assertEquals(
                "/health/ready",
                endpoint("quarkus.smallrye-health.root-path=/health").readinessPath());
        assertEquals(
                "/q/status/ready",
                endpoint("quarkus.smallrye-health.root-path=status").readinessPath());
        assertEquals(
                "/ready",
                endpoint("quarkus.smallrye-health.readiness-path=/ready").readinessPath());
        assertEquals(
                "/health/live",
                endpoint("quarkus.smallrye-health.root-path=/health").livenessPath());
        assertEquals(
                "/q/health/alive",
                endpoint("quarkus.smallrye-health.liveness-path=alive").livenessPath());
    }

    @Test
    void theManagementInterfaceMovesHealthToItsOwnPort() {
        assertEquals(
                new QuarkusHttpEndpoint(8080, 9000, "/q/health/ready", "/q/health/live"),
                endpoint("quarkus.management.enabled=true"));
    }

    private static QuarkusHttpEndpoint endpoint(String properties) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(properties));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return QuarkusHttpEndpoint.of(p);
    }
}
