package io.cloudsuite.streamlimiter.rest;

import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.cloudsuite.testing.LocalDynamoResource;
import io.cloudsuite.testing.ServiceConventionsTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The suite-wide conventions, plus how this service's own operations show them. */
@QuarkusTest
@WithTestResource(LocalDynamoResource.class)
class ConventionsTest extends ServiceConventionsTest {

    @Override
    protected String serviceName() {
        return "stream-limiter-service";
    }

    @Test
    void aWrongMethodIsAProblem() {
        assertProblem(given().when().delete("/api/v1/streams").then(), 405)
                .body("title", equalTo("Method Not Allowed"));
    }

    @Test
    void openApiDocumentsTheAnswersOfEveryOperation() {
        String start = "paths.'/api/v1/stream'.post";
        String heartbeat = "paths.'/api/v1/stream/{id}/heartbeat'.put";
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(
                        start + ".responses.'201'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/Stream"))
                .body(start + ".responses.'429'.headers.'Retry-After'", not(equalTo(null)))
                .body(
                        start + ".responses.'415'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body(start + ".responses.'503'.headers.'Retry-After'", not(equalTo(null)))
                .body(
                        start + ".requestBody.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/StreamDetails"))
                .body(
                        heartbeat + ".responses.'404'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body(
                        "paths.'/api/v1/streams'.get.responses.'200'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/ActiveStreams"));
    }
}
