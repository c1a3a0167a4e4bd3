package io.cloudsuite.commons;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * One test profile for two classes, so they share one Quarkus start (every distinct profile restarts Quarkus):
 * {@code InFlightLimitTest} needs a bound of two requests in progress, {@code RootRedirectOptOutTest} the shared root
 * redirect turned off. Neither setting touches what the other class tests: the first never requests {@code /}, the
 * second sends one request at a time.
 */
public class TwoInFlightRedirectOff implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("suite.http.max-in-flight", "2", "suite.root-redirect.enabled", "false");
    }
}
