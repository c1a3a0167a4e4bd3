package io.cloudsuite.peopleinfo.rest;

import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.cloudsuite.testing.LocalDynamoResource;
import io.cloudsuite.testing.LocalRedisResource;
import io.cloudsuite.testing.ServiceConventionsTest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The suite-wide conventions, plus how this service's own operations show them. */
@QuarkusTest
@WithTestResource(LocalRedisResource.class)
@WithTestResource(LocalDynamoResource.class)
class ConventionsTest extends ServiceConventionsTest {

    @Override
    protected String serviceName() {
        return "people-info-service";
    }

    @Test
    void aWrongMethodIsAProblem() {
        assertProblem(given().when().patch("/api/v1/people").then(), 405).body("title", equalTo("Method Not Allowed"));
    }

    @Test
    void openApiDocumentsTheAnswersOfTheOperations() {
        String person = "paths.'/api/v1/people/{id}'";
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(
                        "paths.'/api/v1/people'.post.responses.'201'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/Person"))
                .body(
                        "paths.'/api/v1/people'.post.requestBody.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/PersonDetails"))
                .body(
                        "paths.'/api/v1/people'.get.responses.'200'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/PeoplePage"))
                .body(person + ".get.responses.'304'", not(equalTo(null)))
                .body(
                        person + ".put.responses.'412'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body(person + ".put.responses.'428'", not(equalTo(null)))
                .body(person + ".get.responses.'503'.headers.'Retry-After'", not(equalTo(null)))
                .body("paths.'/data'.get.responses.'200'", not(equalTo(null)));
    }
}
