package io.cloudsuite.konnichiwa.rest;

import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.cloudsuite.testing.ServiceConventionsTest;
import io.quarkus.test.junit.QuarkusTest;

/** The suite-wide conventions, plus how this service's own operations show them. */
@QuarkusTest
class ConventionsTest extends ServiceConventionsTest {

    @Override
    protected String serviceName() {
        return "konnichiwa-service";
    }

    /** {@code GET /} is the greeting here, in every profile: the shared redirect is switched off. */
    @Override
    @Test
    protected void theRootRedirectsToTheSwaggerUi() {
        given().redirects()
                .follow(false)
                .accept("application/json")
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .body("message", equalTo("Konnichiwa"));
    }

    @Test
    void aWrongMethodIsAProblem() {
        assertProblem(given().when().post("/").then(), 405).body("title", equalTo("Method Not Allowed"));
        assertProblem(given().when().delete("/inspect").then(), 405);
    }

    @Test
    void greetingsAreCountedInMetrics() {
        given().when().get("/").then().statusCode(200);
        given().when()
                .get(management("/q/metrics"))
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\","
                        + "status=\"200\",uri=\"root\"}"));
    }

    @Test
    void openApiDocumentsTheGreetingAndHealth() {
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(
                        "paths.'/'.get.responses.'200'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/Greeting"))
                .body("paths.'/health'.get.responses.'200'.content.'application/json'.schema.type", equalTo("string"));
    }
}
