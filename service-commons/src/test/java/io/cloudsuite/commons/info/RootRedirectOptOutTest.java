package io.cloudsuite.commons.info;

import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.cloudsuite.commons.TwoInFlightRedirectOff;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** A service that serves {@code /} itself turns the shared redirect off; then the redirect is gone, not shadowing. */
@QuarkusTest
@TestProfile(TwoInFlightRedirectOff.class)
class RootRedirectOptOutTest {

    @Test
    void withTheRedirectOffTheRootIsFreeForTheService() {
        assertProblem(given().redirects().follow(false).when().get("/").then(), 404);
    }
}
