package io.cloudsuite.konnichiwa.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.cloudsuite.konnichiwa.config.KonnichiwaConfig;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * The API keys {@code /inspect} accepts. Built at start ({@code @Startup}), so a deployment without a key fails at
 * once with one line on stderr (Quarkus prints a {@link ConfigurationException}'s message alone) and exit code 1,
 * instead of starting and refusing every client.
 *
 * <p>Only SHA-256 digests of the keys are kept, and a presented token is compared by its digest, with
 * {@link MessageDigest#isEqual} (constant time for equal lengths) against every key without stopping at a match:
 * the time taken tells nothing about how much of a key was right, nor how long the keys are, nor which key matched.
 */
@Startup
@Singleton
public class ApiKeys {

    /** The one line the service exits with when no key is configured; names both ways of setting one. */
    public static final String NO_KEY_MESSAGE = "konnichiwa-service cannot start: no API key is configured. "
            + "Set KONNICHIWA_API_KEYS to one or more comma-separated keys (or API_KEY to one key).";

    /** Shortest key a deployment may use: 32 characters, e.g. 24 random bytes in base64. */
    public static final int MIN_PRODUCTION_KEY_LENGTH = 32;
    /** The key published in the docs and the original's .env example: valid in dev and tests only. */
    public static final String DEVELOPMENT_KEY = "konnichiwa-api-key_NOT_FOR_PRODUCTION";
    /** The one line the service exits with when a deployment's key breaks the rule; names the rule, never the key. */
    public static final String WEAK_KEY_MESSAGE = "konnichiwa-service cannot start: a key in KONNICHIWA_API_KEYS (or "
            + "API_KEY) is shorter than " + MIN_PRODUCTION_KEY_LENGTH + " characters or is the published development "
            + "key. Outside dev and test every key must have at least " + MIN_PRODUCTION_KEY_LENGTH
            + " characters and be a secret of its own.";

    private final byte[][] keyDigests;

    @Inject
    public ApiKeys(KonnichiwaConfig config) {
        this(config.apiKeys().orElse(""), config.requireProductionKeys());
    }

    /** @param commaSeparatedKeys keys separated by commas; spaces around a key and empty entries are ignored */
    public ApiKeys(String commaSeparatedKeys) {
        this(commaSeparatedKeys, false);
    }

    /**
     * @param requireProductionKeys refuse any key shorter than {@value #MIN_PRODUCTION_KEY_LENGTH} characters and
     *                              the development key: a key anyone can guess or read in the docs opens
     *                              {@code /inspect} to everyone
     */
    public ApiKeys(String commaSeparatedKeys, boolean requireProductionKeys) {
        List<String> keys = parse(commaSeparatedKeys);
        if (keys.isEmpty()) {
            throw new ConfigurationException(NO_KEY_MESSAGE);
        }
        if (requireProductionKeys
                && keys.stream()
                        .anyMatch(key -> key.length() < MIN_PRODUCTION_KEY_LENGTH || key.equals(DEVELOPMENT_KEY))) {
            throw new ConfigurationException(WEAK_KEY_MESSAGE);
        }
        this.keyDigests = keys.stream().map(ApiKeys::digest).toArray(byte[][]::new);
    }

    static List<String> parse(String commaSeparatedKeys) {
        return Arrays.stream(commaSeparatedKeys.split(","))
                .map(String::strip)
                .filter(key -> !key.isEmpty())
                .distinct()
                .toList();
    }

    /** How many distinct keys are valid; never the keys themselves. */
    public int count() {
        return keyDigests.length;
    }

    public boolean accepts(String token) {
        byte[] presented = digest(token);
        boolean accepted = false;
        for (byte[] key : keyDigests) {
            // Non-short-circuit OR: every key is compared whatever the outcome of the previous ones.
            accepted |= MessageDigest.isEqual(presented, key);
        }
        return accepted;
    }

    /** Nothing about the keys, should this object ever be logged. */
    @Override
    public String toString() {
        return "ApiKeys[" + keyDigests.length + " key(s)]";
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
