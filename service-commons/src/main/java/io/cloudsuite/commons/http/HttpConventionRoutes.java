package io.cloudsuite.commons.http;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.ManagementInterface;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;

/**
 * Puts the shared HTTP-layer conventions in front of every route, once for every service: the service's own limits
 * and whole-body reading ({@link WholeRequestGate}) behind a bound on requests in progress ({@link InFlightLimit}),
 * problem+json for the router's own failures
 * ({@link RouterFailureProblems}) and, on the management interface where metrics are served, for the metrics
 * endpoint's refusal ({@link MetricsAcceptCheck}).
 */
@Singleton
public class HttpConventionRoutes {

    /** Before Quarkus' own body-size check, which would answer an empty 413. */
    static final int FIRST = RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 10;

    private final String metricsPath;

    public HttpConventionRoutes(
            @ConfigProperty(name = "quarkus.management.root-path", defaultValue = "q") String frameworkRoot,
            @ConfigProperty(name = "quarkus.micrometer.export.prometheus.path", defaultValue = "metrics")
                    String metrics) {
        this.metricsPath =
                metrics.startsWith("/") ? metrics : "/" + stripSlashes(frameworkRoot) + "/" + stripSlashes(metrics);
    }

    void register(
            @Observes Router router, InFlightLimit inFlight, WholeRequestGate gate, RouterFailureProblems failures) {
        router.route().order(FIRST).handler(inFlight).handler(gate).failureHandler(failures);
    }

    void registerManagement(@Observes ManagementInterface management, MetricsAcceptCheck metrics) {
        management.router().route(metricsPath).order(FIRST).handler(metrics);
    }

    private static String stripSlashes(String path) {
        return path.replaceAll("^/+|/+$", "");
    }
}
