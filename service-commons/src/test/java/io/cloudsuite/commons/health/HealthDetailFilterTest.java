package io.cloudsuite.commons.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HealthDetailFilterTest {

    @TestHTTPResource(value = "health/group/", management = true)
    URL healthGroups;

    @Test
    void aFailingCheckIsNamedWithoutItsInternals() {
        given().when()
                .get(healthGroups + FailingFixtureCheck.GROUP)
                .then()
                .statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.name", hasItem("fixture-backend"))
                .body(not(containsString("Connection refused")))
                .body(not(containsString("10.0.3.7")));
    }
}
