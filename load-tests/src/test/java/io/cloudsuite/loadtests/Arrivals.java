package io.cloudsuite.loadtests;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;

import java.time.Duration;

import io.gatling.javaapi.core.OpenInjectionStep;

/**
 * How clients arrive in the open-workload simulations: {@code rate} new clients per second for {@code duration},
 * after a linear ramp over {@code ramp} (parameter {@code load.ramp}, in seconds; 0 for none), as a load balancer's
 * slow start hands a new replica its share (platform-terraform sets 60 s).
 *
 * <p>Why a ramp: a fresh JVM interprets its first requests. Full rate from the first second held mirror-clock's
 * p95 at 240–340 ms for 3 s and people-info's at 230–660 ms for 15 s, then both stayed at 0–6 ms for the rest of
 * the minute (docs/benchmarks.md); the tail assertions judged the JIT, not the service. Every request of the ramp
 * still counts in every assertion.
 */
final class Arrivals {

    private Arrivals() {}

    static OpenInjectionStep[] rampThenConstant(double rate, Duration ramp, Duration duration) {
        OpenInjectionStep steady = constantUsersPerSec(rate).during(duration);
        if (ramp.isZero()) {
            return new OpenInjectionStep[] {steady};
        }
        return new OpenInjectionStep[] {
            rampUsersPerSec(Math.min(1, rate)).to(rate).during(ramp), steady
        };
    }
}
