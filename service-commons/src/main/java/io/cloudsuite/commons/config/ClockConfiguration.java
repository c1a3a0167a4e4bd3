package io.cloudsuite.commons.config;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.validation.ClockProvider;

import io.quarkus.arc.DefaultBean;

/**
 * The one clock every service reads the time of day from (leases, idempotency key lifetimes, rate windows, stored
 * timestamps), injected by constructor instead of each class calling {@code Clock.systemUTC()} itself: a test then
 * moves time forward instead of sleeping through it.
 *
 * <p>Application scoped, so the injected object is a client proxy: {@code QuarkusMock.installMockForType} can swap in
 * a test clock (service-testing's {@code TestClock}) for a single test, even in beans built at start.
 */
public class ClockConfiguration {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock systemUtc() {
        return Clock.systemUTC();
    }

    /**
     * Bean Validation's "now" (temporal constraints such as a birthdate not in the future) is the same clock: Quarkus
     * hands a {@link ClockProvider} bean to the validator factory it builds.
     */
    @Produces
    @ApplicationScoped
    ClockProvider validationClock(Clock clock) {
        return () -> clock;
    }
}
