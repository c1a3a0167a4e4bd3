package io.cloudsuite.streamlimiter.rest;

import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;

import io.cloudsuite.testing.AbuseLimits;
import io.cloudsuite.testing.AbuseTest;
import io.cloudsuite.testing.LocalDynamoResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** The abuse suite (issue 31) against the packaged jar, with this service's stored strings and error documents. */
@QuarkusIntegrationTest
@TestProfile(AbuseLimits.class)
@WithTestResource(LocalDynamoResource.class)
class AbuseIT extends AbuseTest {

    private static final String VIEWER = "X-Forwarded-For";

    /** Issue 31, item 8: DynamoDB's SDK refused to serialise it, a 500 with a stack trace. */
    @Test
    void aLoneSurrogateInAStoredFieldIsA400NamingTheField() {
        assertProblem(
                        given().header(VIEWER, Viewers.fresh())
                                .contentType(ContentType.JSON)
                                .body("{\"video_name\":\"clip\\ud800\"}")
                                .when()
                                .post("/api/v1/stream")
                                .then(),
                        400)
                .body("errors.field", contains("video_name"));
    }

    /** Issue 31, item 7: 80,000 unknown fields in 1 MB got a 4.6 MB problem document. */
    @Test
    void aBodyOfManyUnknownFieldsGetsASmallProblem() {
        StringBuilder body = new StringBuilder("{\"video_name\":\"clip\"");
        for (int i = 0; i < 60_000; i++) {
            body.append(",\"f").append(i).append("\":1");
        }
        assertProblem(
                        given().header(VIEWER, Viewers.fresh())
                                .contentType(ContentType.JSON)
                                .body(body.append('}').toString())
                                .when()
                                .post("/api/v1/stream")
                                .then(),
                        400)
                .body("errors", hasSize(20))
                .body("error_count", equalTo(60_000));
    }
}
