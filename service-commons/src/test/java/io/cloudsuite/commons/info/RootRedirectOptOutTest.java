package io.cloudsuite.commons.info;

import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A service that serves {@code /} itself turns the shared redirect off; then the redirect is gone, not shadowing. */
@QuarkusTest
@TestProfile(RootRedirectOptOutTest.RedirectOff.class)
class RootRedirectOptOutTest {

    public static class RedirectOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("suite.root-redirect.enabled", "false");
        }
    }

    @Test
    void withTheRedirectOffTheRootIsFreeForTheService() {
        assertProblem(given().redirects().follow(false).when().get("/").then(), 404);
    }
}
