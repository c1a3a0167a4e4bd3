package io.cloudsuite.commons.problem;

import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every failure the shared mappers handle comes back as problem+json, without internals. */
@QuarkusTest
class ProblemExceptionMappersTest {

    @Test
    void aValidBodyPasses() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"Ada\",\"age\":36}")
                .when()
                .post("/fixture/people")
                .then()
                .statusCode(200)
                .body("name", equalTo("Ada"));
    }

    @Test
    void malformedJsonIsA400() {
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body("{\"name\": ")
                                .when()
                                .post("/fixture/people")
                                .then(),
                        400)
                .body("type", equalTo("urn:cloudsuite:problem:malformed-request-body"))
                .body(not(containsString("Exception")));
    }

    @Test
    void aFieldNamedTwiceIsA400NotTheLastValue() {
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body("{\"name\":\"Ada\",\"age\":36,\"name\":\"Grace\"}")
                                .when()
                                .post("/fixture/people")
                                .then(),
                        400)
                .body("type", equalTo("urn:cloudsuite:problem:malformed-request-body"))
                .body("detail", startsWith("The request body names a field twice at line 1, column "));
    }

    @Test
    void aBodyOfTheWrongShapeIsA400() {
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body("{\"name\":\"Ada\",\"age\":\"old\"}")
                                .when()
                                .post("/fixture/people")
                                .then(),
                        400)
                .body("type", equalTo("urn:cloudsuite:problem:malformed-request-body"));
    }

    @Test
    void constraintViolationsListEveryField() {
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body("{\"name\":\" \",\"age\":-1}")
                                .when()
                                .post("/fixture/people")
                                .then(),
                        400)
                .body("type", equalTo("urn:cloudsuite:problem:validation-failed"))
                .body("errors.field", hasItems("name", "age"));
    }

    /** Issue 31, item 7: 80,000 rejected fields made a 4.6 MB answer. */
    @Test
    void aViolationNamesTheBodyFieldAsTheClientWroteIt() {
        assertProblem(
                        given().contentType(ContentType.JSON)
                                .body("{\"pet_name\":\"\\u200b\"}")
                                .when()
                                .post("/fixture/pets")
                                .then(),
                        400)
                .body("errors.field", contains("pet_name"));
    }

    @Test
    void atMostTwentyErrorsAreListedWithTheirTotalCount() {
        assertProblem(given().when().get("/fixture/invalid-fields?count=20").then(), 400)
                .body("errors", org.hamcrest.Matchers.hasSize(20))
                .body("error_count", nullValue());
        assertProblem(given().when().get("/fixture/invalid-fields?count=80000").then(), 400)
                .body("errors", org.hamcrest.Matchers.hasSize(20))
                .body("errors[19].field", equalTo("f19"))
                .body("error_count", equalTo(80000))
                .body("detail", containsString("The first 20 are listed"));
    }

    @Test
    void anUnsupportedMediaTypeIsA415() {
        assertProblem(
                        given().contentType(ContentType.XML)
                                .body("<person/>")
                                .when()
                                .post("/fixture/people")
                                .then(),
                        415)
                .body("detail", containsString("application/xml"));
    }

    @Test
    void anUnknownRouteIsA404AndAWrongMethodA405() {
        assertProblem(given().when().get("/fixture/nothing-here").then(), 404).body("type", equalTo("about:blank"));
        assertProblem(given().when().put("/fixture/people").then(), 405);
    }

    @Test
    void aStalledBackendIsA503WithRetryAfterWithinTwoSeconds() {
        assertProblem(given().when().get("/fixture/stalled-backend").then(), 503)
                .time(lessThan(2_000L))
                .header("Retry-After", equalTo("1"))
                .body("type", equalTo("urn:cloudsuite:problem:backend-unavailable"));
    }

    @Test
    void a503ToAWriteSaysItMayHaveBeenAppliedAndHowToRetry() {
        assertProblem(given().when().post("/fixture/stalled-backend").then(), 503)
                .body("detail", containsString("may have been applied; retry with the same Idempotency-Key"));
        assertProblem(given().when().get("/fixture/stalled-backend").then(), 503)
                .body("detail", containsString("nothing was changed"));
        assertProblem(given().when().post("/fixture/failing-read-before-write").then(), 503)
                .body("detail", containsString("nothing was changed"));
    }

    @Test
    void aFailingBackendIsA503() {
        assertProblem(given().when().get("/fixture/failing-backend").then(), 503)
                .body("detail", not(containsString("connection refused")));
    }

    @Test
    void aBugIsA500WithoutItsDetails() {
        assertProblem(given().when().get("/fixture/bug").then(), 500)
                .body("type", equalTo("urn:cloudsuite:problem:internal-error"))
                .body(not(containsString("secret")))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void aServiceProblemKeepsItsStatusTypeMembersAndHeaders() {
        assertProblem(given().when().get("/fixture/rate-limited").then(), 429)
                .header("Retry-After", equalTo("17"))
                .body("type", equalTo("urn:cloudsuite:problem:fixture-limit-reached"))
                .body("title", equalTo("Too Many Requests"))
                .body("detail", equalTo("At most 3 at once."))
                .body("instance", equalTo("/fixture/rate-limited"))
                .body("limit", equalTo(3))
                .body("active", contains("a", "b", "c"));
    }

    @Test
    void aStatusRaisedWithHeadersKeepsThem() {
        assertProblem(given().when().get("/fixture/unauthorized").then(), 401)
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""))
                .body("type", equalTo("about:blank"));
    }

    @Test
    void aBackendRefusalIsTheServicesAnswerNotAnOutage() {
        assertProblem(given().when().get("/fixture/refusing-backend").then(), 409)
                .header("Retry-After", nullValue())
                .body("type", equalTo("urn:cloudsuite:problem:fixture-conflict"));
    }
}
