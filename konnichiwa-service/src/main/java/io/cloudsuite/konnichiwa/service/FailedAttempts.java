package io.cloudsuite.konnichiwa.service;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Wrong API keys per client address, in fixed windows that start at an address's first wrong key: after
 * {@code maxFailures} of them the address is blocked until its window passes.
 *
 * <p>Memory is bounded: at most {@code maxTrackedAddresses} windows are kept, and an expired one is dropped. Caffeine
 * admits a new address only when it has been seen more often than the one it would evict (W-TinyLFU), so a flood of
 * one-off addresses cannot push out an address that keeps failing and is being blocked.
 */
public final class FailedAttempts {

    private final int maxFailures;
    private final Duration window;
    private final Ticker ticker;
    private final Cache<String, Window> windows;

    /** A window of wrong keys from one address, from the first one's time (ticker nanoseconds). */
    private record Window(long startNanos, int failures) {}

    public FailedAttempts(int maxFailures, Duration window, int maxTrackedAddresses, Ticker ticker) {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || maxTrackedAddresses < 1) {
            throw new IllegalArgumentException("the brute-force guard needs max-failures >= 1, a positive window and "
                    + "max-tracked-addresses >= 1");
        }
        this.maxFailures = maxFailures;
        this.window = window;
        this.ticker = ticker;
        this.windows = Caffeine.newBuilder()
                .maximumSize(maxTrackedAddresses)
                // A window ends a fixed time after its first failure; later failures do not extend it.
                .expireAfter(Expiry.creating((String address, Window started) -> window))
                .ticker(ticker)
                // Eviction bookkeeping runs on the calling thread: no tasks for the common pool per request.
                .executor(Runnable::run)
                .build();
    }

    /** How long the address must wait before its next attempt counts again; empty when it is not blocked. */
    public Optional<Duration> blockedFor(String address) {
        Window current = windows.getIfPresent(address);
        if (current == null || current.failures() < maxFailures) {
            return Optional.empty();
        }
        long remaining = current.startNanos() + window.toNanos() - ticker.read();
        return remaining > 0 ? Optional.of(Duration.ofNanos(remaining)) : Optional.empty();
    }

    /** Counts one wrong key from the address; returns how many it has sent in its current window. */
    public int recordFailure(String address) {
        long now = ticker.read();
        Window updated = windows.asMap()
                .compute(
                        address,
                        (key, current) -> current == null || now - current.startNanos() >= window.toNanos()
                                ? new Window(now, 1)
                                : new Window(current.startNanos(), current.failures() + 1));
        return updated.failures();
    }

    public int maxFailures() {
        return maxFailures;
    }

    public Duration window() {
        return window;
    }

    /** Addresses remembered now (after pending evictions); never more than the configured bound. */
    public long trackedAddresses() {
        windows.cleanUp();
        return windows.estimatedSize();
    }
}
