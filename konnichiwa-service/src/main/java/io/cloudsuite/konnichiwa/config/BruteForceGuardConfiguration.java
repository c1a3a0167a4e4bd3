package io.cloudsuite.konnichiwa.config;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.cloudsuite.konnichiwa.service.FailedAttempts;

/** The brute-force guard's table, sized and timed from the configuration. */
public class BruteForceGuardConfiguration {

    /**
     * Windows are timed by the service's clock, so a test moves past a window instead of sleeping through it. A
     * wall-clock step (NTP) can lengthen or shorten the windows open at that moment; it never loses a count.
     */
    @Produces
    @Singleton
    FailedAttempts failedAttempts(KonnichiwaConfig config, Clock clock) {
        KonnichiwaConfig.BruteForce guard = config.bruteForce();
        return new FailedAttempts(
                guard.maxFailures(), guard.window(), guard.maxTrackedAddresses(), () -> epochNanos(clock.instant()));
    }

    /** Nanoseconds since the epoch fit a long until the year 2262. */
    private static long epochNanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
