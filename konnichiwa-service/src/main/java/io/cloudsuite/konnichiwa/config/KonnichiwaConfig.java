package io.cloudsuite.konnichiwa.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "konnichiwa")
public interface KonnichiwaConfig {

    /**
     * The API keys {@code /inspect} accepts, comma-separated (spaces around a key and empty entries are ignored).
     * Set as {@code KONNICHIWA_API_KEYS}; falls back to the original's {@code API_KEY}. Empty: the service refuses
     * to start.
     */
    Optional<String> apiKeys();

    /**
     * Refuse to start with a key shorter than 32 characters or with the published development key
     * ({@code ApiKeys.WEAK_KEY_MESSAGE}). On everywhere but the dev and test profiles, which use that key.
     */
    @WithDefault("true")
    boolean requireProductionKeys();

    BruteForce bruteForce();

    Inspect inspect();

    /** Wrong API keys one client address may send before it is answered 429 for the rest of the window. */
    interface BruteForce {

        /** Wrong keys answered 401 within one window; the next ones get 429 until the window passes. */
        @WithDefault("20")
        int maxFailures();

        /** The window, counted from an address's first wrong key. */
        @WithDefault("1m")
        Duration window();

        /** Most client addresses remembered at once: bounds the guard's memory whatever the traffic. */
        @WithDefault("100000")
        int maxTrackedAddresses();
    }

    interface Inspect {

        /** How often /inspect reads the OS at most; requests in between share that sample. */
        @WithDefault("1s")
        Duration sampleInterval();
    }
}
