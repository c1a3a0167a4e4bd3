package io.cloudsuite.testing;

import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

/**
 * The conventions every service shares, checked the same way for each: a service's {@code ConventionsTest} extends
 * this with {@code @QuarkusTest}, and its {@code ConventionsIT} runs the same checks on the packaged jar (prod).
 */
public abstract class ServiceConventionsTest extends HttpLayerConventionsTest {

    /** The service's {@code quarkus.application.name}, as {@code /ping} reports it. */
    protected abstract String serviceName();

    @Test
    void anUnknownRouteIsAProblemWithoutInternals() {
        assertProblem(given().when().get("/no/such/route").then(), 404)
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Not Found"))
                .body("instance", equalTo("/no/such/route"))
                .body(not(containsString("Exception")));
    }

    @Test
    void pingTellsWhichServiceAnswers() {
        given().when().get("/ping").then().statusCode(200)
                .body("status", equalTo("success"))
                .body("app_name", equalTo(serviceName()))
                .body("app_version", not(nullValue()))
                .body("deployment_region", equalTo("local"))
                .body("stage", equalTo("local"));
    }

    @Test
    void livenessAndReadinessAreUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void requestsAreCountedInPrometheusMetrics() {
        given().when().get("/ping").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\","
                        + "status=\"200\",uri=\"/ping\"}"));
    }

    @Test
    void theApiIsDescribedWithItsProblemSchemaAndBrowsable() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo(serviceName()))
                .body("components.schemas.Problem.properties.status", not(nullValue()));
        given().accept("text/html").when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
