package io.cloudsuite.bullets.rest;

import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.cloudsuite.commons.idempotency.IdempotencyKey;
import io.cloudsuite.testing.LocalRedisResource;
import io.cloudsuite.testing.ServiceConventionsTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The suite-wide conventions, plus how this service's own operations show them. */
@QuarkusTest
@WithTestResource(LocalRedisResource.class)
class ConventionsTest extends ServiceConventionsTest {

    @Override
    protected String serviceName() {
        return "bullets-service";
    }

    @Test
    void aWrongMethodIsAProblem() {
        assertProblem(given().when().delete("/api/v1/player/fired_bullets").then(), 405)
                .body("title", equalTo("Method Not Allowed"));
    }

    @Test
    void openApiDocumentsEveryAnswerOfBothOperations() {
        String fire = "paths.'/api/v1/player/fired_bullet'.post.responses";
        String total = "paths.'/api/v1/player/fired_bullets'.get.responses";
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(
                        fire + ".'201'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/FiredBullets"))
                .body(
                        fire + ".'400'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body(fire + ".'503'.headers.'Retry-After'", not(equalTo(null)))
                .body(
                        fire + ".'503'.content.'application/problem+json'.example.type",
                        equalTo("urn:cloudsuite:problem:backend-unavailable"))
                .body(
                        fire + ".'400'.content.'application/problem+json'.example.type",
                        equalTo("urn:cloudsuite:problem:validation-failed"))
                .body(
                        total + ".'200'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/FiredBullets"))
                .body(
                        total + ".'503'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/v1/player/fired_bullet'.post.requestBody", equalTo(null))
                .body(
                        "paths.'/api/v1/player/fired_bullet'.post.parameters"
                                + ".find { it.name == 'Idempotency-Key' }.schema.$ref",
                        equalTo("#/components/schemas/IdempotencyKey"))
                .body("components.schemas.IdempotencyKey.type", equalTo("string"))
                .body("components.schemas.IdempotencyKey.maxLength", equalTo(IdempotencyKey.MAX_LENGTH));
    }
}
