package io.cloudsuite.commons.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.smallrye.health.api.HealthGroup;

/** A check that fails the way a backend's does, with internals in its data; in its own group, so readiness stays UP. */
@ApplicationScoped
@HealthGroup(FailingFixtureCheck.GROUP)
public class FailingFixtureCheck implements HealthCheck {

    static final String GROUP = "fixture";
    static final String INTERNALS = "AnnotatedConnectException: Connection refused: /10.0.3.7:6379";

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("fixture-backend")
                .down()
                .withData("reason", INTERNALS)
                .build();
    }
}
