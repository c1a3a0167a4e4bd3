package io.cloudsuite.peopleinfo.rest;

import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.cloudsuite.testing.AbuseLimits;
import io.cloudsuite.testing.AbuseTest;
import io.cloudsuite.testing.LocalDynamoResource;
import io.cloudsuite.testing.LocalRedisResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** The abuse suite (issue 31) against the packaged jar, with this service's stored strings and error documents. */
@QuarkusIntegrationTest
@TestProfile(AbuseLimits.class)
@WithTestResource(LocalRedisResource.class)
@WithTestResource(LocalDynamoResource.class)
class AbuseIT extends AbuseTest {

    /** Issue 31, item 8: DynamoDB's SDK refused to serialise it, a 500 with a stack trace. */
    @Test
    void aLoneSurrogateInAStoredFieldIsA400NamingTheField() {
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(
                                        "{\"name\":\"Ada\",\"surname\":\"Love\\ud800lace\",\"birthdate\":\"1915-12-10\",\"address\":\"London\"}")
                                .when()
                                .post("/api/v1/people")
                                .then(),
                        400)
                .body("errors.field", contains("surname"));
    }

    /** Issue 31, item 8: names made only of zero-width or no-break spaces were "not blank". */
    @Test
    void aNameOfOnlyInvisibleSpacesIsBlank() {
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(
                                        "{\"name\":\"\\u200b\\u00a0\\u2060\",\"surname\":\"Lovelace\",\"birthdate\":\"1915-12-10\","
                                                + "\"address\":\"London\"}")
                                .when()
                                .post("/api/v1/people")
                                .then(),
                        400)
                .body("errors.field", contains("name"))
                .body("errors.message", contains("must not be blank"));
    }

    /** Issue 31, item 7: 80,000 unknown fields in 1 MB got a 4.6 MB problem document. */
    @Test
    void aBodyOfManyUnknownFieldsGetsASmallProblem() {
        StringBuilder body = new StringBuilder(
                "{\"name\":\"Ada\",\"surname\":\"Lovelace\",\"birthdate\":\"1915-12-10\"," + "\"address\":\"London\"");
        for (int i = 0; i < 60_000; i++) {
            body.append(",\"f").append(i).append("\":1");
        }
        String answer = assertProblem(
                        given().contentType(ContentType.JSON)
                                .body(body.append('}').toString())
                                .when()
                                .post("/api/v1/people")
                                .then(),
                        400)
                .body("errors", hasSize(20))
                .body("error_count", equalTo(60_000))
                .body(not(containsString("f59999")))
                .extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertTrue(answer.length() < 4_096, "a " + answer.length() + "-byte answer");
    }
}
