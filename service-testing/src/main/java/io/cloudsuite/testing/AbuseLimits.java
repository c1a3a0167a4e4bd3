package io.cloudsuite.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The shared HTTP limits scaled down so {@link AbuseTest} runs in seconds: the same mechanisms as in prod, with a
 * header deadline of a second and a budget a few dozen connections can fill. The body deadline stays at its 10 s: the
 * tests hold bodies unfinished for a few seconds. Each number is the one a test relies on.
 */
public class AbuseLimits implements QuarkusTestProfile {

    /** {@code suite.http.max-in-flight}: what {@link AbuseTest#HOLDERS} connections fill. */
    public static final int MAX_IN_FLIGHT = 300;
    /** {@code suite.http.buffered-bodies-budget}, in bytes. */
    public static final int BODY_BUDGET = 2 * 1024 * 1024;

    public static final int HEADER_READ_TIMEOUT_MILLIS = 1_000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "suite.http.max-in-flight", String.valueOf(MAX_IN_FLIGHT),
                "suite.http.buffered-bodies-budget", String.valueOf(BODY_BUDGET),
                "suite.http.header-read-timeout", HEADER_READ_TIMEOUT_MILLIS + "ms");
    }
}
