package io.cloudsuite.bullets.rest;

import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.cloudsuite.testing.LocalRedisResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The suite-wide conventions as this service shows them: problem+json everywhere, probes, metrics, OpenAPI. */
@QuarkusTest
@WithTestResource(LocalRedisResource.class)
class ConventionsTest {

    @Test
    void anUnknownRouteIsAProblem() {
        assertProblem(given().when().get("/api/v1/player/no_such_thing").then(), 404)
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Not Found"))
                .body("instance", equalTo("/api/v1/player/no_such_thing"))
                .body(not(containsString("Exception")));
    }

    @Test
    void aWrongMethodIsAProblem() {
        assertProblem(given().when().delete("/api/v1/player/fired_bullets").then(), 405)
                .body("title", equalTo("Method Not Allowed"));
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/player/fired_bullet'.post.responses.'201'", not(equalTo(null)))
                .body("paths.'/api/v1/player/fired_bullet'.post.responses.'503'", not(equalTo(null)))
                .body("components.schemas.Problem", not(equalTo(null)));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
