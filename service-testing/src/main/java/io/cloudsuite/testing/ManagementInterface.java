package io.cloudsuite.testing;

import java.net.URL;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Where the service under test serves health and metrics: Quarkus' management interface, on a port of its own and
 * never on the public one (docs/architecture.md, "Internal endpoints").
 *
 * <p>A {@code @QuarkusTest} is told its port by Quarkus: a field {@code @TestHTTPResource(value = "...", management =
 * true) URL}. A {@code @QuarkusIntegrationTest}'s packaged jar gets a free port from {@link PackagedManagementPort}.
 */
public final class ManagementInterface {

    private ManagementInterface() {}

    /**
     * The URL of {@code path} (e.g. {@code /q/metrics}) on the management interface of the service {@code test}
     * talks to: the packaged jar's when the test is a {@code @QuarkusIntegrationTest}, else the injected one's port.
     */
    public static String url(Object test, URL injected, String path) {
        int port = test.getClass().isAnnotationPresent(QuarkusIntegrationTest.class)
                ? PackagedManagementPort.port()
                : injected.getPort();
        return "http://localhost:" + port + path;
    }
}
