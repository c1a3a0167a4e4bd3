package io.cloudsuite.mirrorclock.rest;

import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.cloudsuite.testing.ServiceConventionsTest;
import io.quarkus.test.junit.QuarkusTest;

/** The suite-wide conventions, plus how this service's own operations show them. */
@QuarkusTest
class ConventionsTest extends ServiceConventionsTest {

    @Override
    protected String serviceName() {
        return "mirror-clock-service";
    }

    @Test
    void aWrongMethodIsAProblem() {
        assertProblem(given().when().post("/api/v1/clock?mirror_time=12:22").then(), 405)
                .body("title", equalTo("Method Not Allowed"));
        assertProblem(given().when().delete("/clock?mirror_time=12:22").then(), 405);
    }

    @Test
    void clockRequestsAreCountedInMetrics() {
        given().when().get("/api/v1/clock?mirror_time=12:22").then().statusCode(200);
        given().when()
                .get(management("/q/metrics"))
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\","
                        + "status=\"200\",uri=\"/api/v1/clock\"}"));
    }

    @Test
    void openApiDocumentsTheAnswerAndTheProblemOnBothPaths() {
        for (String path : new String[] {"/api/v1/clock", "/clock"}) {
            String operation = "paths.'" + path + "'.get";
            given().accept("application/json")
                    .when()
                    .get("/q/openapi")
                    .then()
                    .statusCode(200)
                    .body(operation + ".parameters.name", hasItem("mirror_time"))
                    .body(operation + ".parameters.find { it.name == 'mirror_time' }.required", equalTo(true))
                    .body(operation + ".parameters.find { it.name == 'mirror_time' }.schema.type", equalTo("string"))
                    .body(
                            operation + ".responses.'200'.content.'application/json'.schema.$ref",
                            equalTo("#/components/schemas/ClockReading"))
                    .body(
                            operation + ".responses.'400'.content.'application/problem+json'.schema.$ref",
                            equalTo("#/components/schemas/Problem"));
        }
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .body("paths.'/'.get.responses.'303'", not(equalTo(null)))
                .body("components.schemas.ClockReading.properties.mirror_time", not(equalTo(null)))
                .body("components.schemas.ClockReading.properties.actual_time", not(equalTo(null)));
    }
}
