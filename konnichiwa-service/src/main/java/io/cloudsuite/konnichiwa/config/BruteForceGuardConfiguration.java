package io.cloudsuite.konnichiwa.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.github.benmanes.caffeine.cache.Ticker;

import io.cloudsuite.konnichiwa.service.FailedAttempts;

/** The brute-force guard's table, sized and timed from the configuration. */
public class BruteForceGuardConfiguration {

    @Produces
    @Singleton
    FailedAttempts failedAttempts(KonnichiwaConfig config) {
        KonnichiwaConfig.BruteForce guard = config.bruteForce();
        return new FailedAttempts(guard.maxFailures(), guard.window(), guard.maxTrackedAddresses(),
                Ticker.systemTicker());
    }
}
