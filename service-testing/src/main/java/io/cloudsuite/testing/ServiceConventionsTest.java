package io.cloudsuite.testing;

import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.cloudsuite.testing.RawHttp.Answer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.http.ContentType;

/**
 * The conventions every service shares, checked the same way for each: a service's {@code ConventionsTest} extends
 * this with {@code @QuarkusTest}, and its {@code ConventionsIT} runs the same checks on the packaged jar (prod).
 */
public abstract class ServiceConventionsTest extends HttpLayerConventionsTest {

    /** The service's {@code quarkus.application.name}, as {@code /ping} reports it. */
    protected abstract String serviceName();

    @TestHTTPResource(management = true)
    URL managementInterface;

    /** {@code path} on the service's management interface (health, metrics), not its public port. */
    protected String management(String path) {
        return ManagementInterface.url(this, managementInterface, path);
    }

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
        given().when()
                .get("/ping")
                .then()
                .statusCode(200)
                .body("status", equalTo("success"))
                .body("app_name", equalTo(serviceName()))
                .body("app_version", not(nullValue()))
                .body("deployment_region", equalTo("local"))
                .body("stage", equalTo("local"));
    }

    @Test
    void livenessAndReadinessAreUpOnTheManagementInterface() {
        given().when().get(management("/q/health/live")).then().statusCode(200).body("status", equalTo("UP"));
        given().when().get(management("/q/health/ready")).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void requestsAreCountedInPrometheusMetricsOnTheManagementInterface() {
        given().when().get("/ping").then().statusCode(200);
        given().when()
                .get(management("/q/metrics"))
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\","
                        + "status=\"200\",uri=\"/ping\"}"));
    }

    /**
     * Health and metrics are internal: the public port (the one the load balancer routes clients to) has no route to
     * them in any spelling a router might decode or normalise, sent byte for byte as a hostile client would.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/q/metrics",
                "/q/%6Detrics",
                "//q/metrics",
                "/x/../q/metrics",
                "/q/./metrics",
                "/%71/metrics",
                "/q/health",
                "/q/%68ealth",
                "//q/health",
                "/x/../q/health",
                "/q/./health",
                "/%71/health",
                "/q/health/ready",
                "/q/health/%72eady",
                "//q/health/ready",
                "/x/../q/health/ready",
                "/q/./health/ready",
                "/%71/health/ready",
            })
    void noSpellingOfAnInternalPathReachesItOnThePublicPort(String path) {
        Answer answer = RawHttp.exchange("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n\r\n");

        assertTrue(answer.status() >= 400 && answer.status() < 500, answer::toString);
        assertFalse(answer.body().contains("http_server_requests"), answer::toString);
        assertFalse(answer.body().contains("\"checks\""), answer::toString);
        assertFalse(answer.body().contains("\"UP\""), answer::toString);
    }

    @Test
    void theApiIsDescribedWithItsProblemSchemaAndBrowsable() {
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", equalTo(serviceName()))
                .body("components.schemas.Problem.properties.status", not(nullValue()));
        given().accept("text/html").when().get("/q/swagger-ui/").then().statusCode(200);
    }

    /**
     * Every service's address leads to its API. A service whose {@code /} is an operation of its own turns the
     * shared redirect off ({@code suite.root-redirect.enabled=false}) and overrides this test with its own.
     */
    @Test
    protected void theRootRedirectsToTheSwaggerUi() {
        String location = given().redirects()
                .follow(false)
                .accept("text/html")
                .when()
                .get("/")
                .then()
                .statusCode(303)
                .header("Location", equalTo("/q/swagger-ui/"))
                .extract()
                .header("Location");

        given().accept("text/html").when().get(location).then().statusCode(200).contentType(ContentType.HTML);
    }

    /** Swagger UI shows each problem response with an example of its own status, at its own operation. */
    @Test
    @SuppressWarnings("unchecked")
    void everyDocumentedProblemShowsItsOwnStatusAndOperation() {
        Map<String, Map<String, Object>> paths = given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");
        int problems = 0;
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                if (!(operation.getValue() instanceof Map<?, ?> fields) || !(fields.get("responses") instanceof Map)) {
                    continue; // a path-level member such as parameters, not an operation
                }
                var responses = (Map<String, Map<String, Object>>) fields.get("responses");
                for (var response : responses.entrySet()) {
                    var content = (Map<String, Map<String, Object>>)
                            response.getValue().get("content");
                    if (content == null || !content.containsKey("application/problem+json")) {
                        continue;
                    }
                    String where = operation.getKey() + " " + path.getKey() + " " + response.getKey();
                    var example = (Map<String, Object>)
                            content.get("application/problem+json").get("example");
                    assertTrue(example != null, where + " has no example");
                    assertEquals(Integer.parseInt(response.getKey()), example.get("status"), where);
                    assertEquals(path.getKey(), example.get("instance"), where);
                    problems++;
                }
            }
        }
        assertTrue(problems > 0, "no problem response is documented");
    }
}
