package io.cloudsuite.konnichiwa.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.github.benmanes.caffeine.cache.Ticker;

class FailedAttemptsTest {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final Ticker clock = nanos::get;
    private final FailedAttempts attempts = new FailedAttempts(20, WINDOW, 1000, clock);

    @Test
    void twentyFailuresDoNotBlockTheTwentyFirstCountsAsBlocked() {
        for (int i = 1; i <= 19; i++) {
            assertEquals(i, attempts.recordFailure("203.0.113.7"));
            assertEquals(Optional.empty(), attempts.blockedFor("203.0.113.7"));
        }
        assertEquals(20, attempts.recordFailure("203.0.113.7"));

        assertEquals(Optional.of(WINDOW), attempts.blockedFor("203.0.113.7"));
        assertEquals(Optional.empty(), attempts.blockedFor("203.0.113.8"), "other addresses are not affected");
    }

    @Test
    void theBlockEndsWhenTheWindowFromTheFirstFailurePasses() {
        attempts.recordFailure("203.0.113.7");
        advance(Duration.ofSeconds(40));
        for (int i = 0; i < 19; i++) {
            attempts.recordFailure("203.0.113.7");
        }

        assertEquals(Optional.of(Duration.ofSeconds(20)), attempts.blockedFor("203.0.113.7"));
        advance(Duration.ofSeconds(19));
        assertEquals(Optional.of(Duration.ofSeconds(1)), attempts.blockedFor("203.0.113.7"));
        advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), attempts.blockedFor("203.0.113.7"));
        assertEquals(1, attempts.recordFailure("203.0.113.7"), "a new window starts with the next failure");
    }

    @Test
    void failuresSpreadOverMoreThanAWindowNeverBlock() {
        for (int i = 0; i < 100; i++) {
            attempts.recordFailure("203.0.113.7");
            advance(Duration.ofSeconds(4)); // 15 failures per minute
        }
        assertEquals(Optional.empty(), attempts.blockedFor("203.0.113.7"));
    }

    @Test
    void aFloodOfOneOffAddressesStaysWithinTheBoundAndCannotEvictAnAddressThatKeepsTrying() {
        for (int i = 0; i < 20; i++) {
            attempts.recordFailure("198.51.100.1");
        }
        for (int i = 0; i < 100_000; i++) {
            attempts.recordFailure("10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
            if (i % 100 == 0) {
                // The blocked client keeps trying, far slower than the flood.
                assertTrue(attempts.blockedFor("198.51.100.1").isPresent(), "still blocked after " + i);
            }
        }

        assertTrue(attempts.trackedAddresses() <= 1000, "tracked: " + attempts.trackedAddresses());
    }

    @Test
    void expiredWindowsAreForgotten() {
        for (int i = 0; i < 500; i++) {
            attempts.recordFailure("192.0.2." + i);
        }
        advance(WINDOW);

        assertEquals(0, attempts.trackedAddresses());
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
