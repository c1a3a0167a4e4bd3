package io.cloudsuite.konnichiwa.rest;

import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Every way of asking for /inspect, and what each answer must not reveal. */
@QuarkusTest
class InspectAuthorizationTest {

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void aValidKeyIsLetThrough() {
        given().header("Authorization", DevelopmentKey.BEARER)
                .when()
                .get("/inspect")
                .then()
                .statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bearer ", "BEARER ", "Bearer   "})
    void theSchemeIsCaseInsensitiveAndSpacesAroundTheTokenDoNotCount(String scheme) {
        given().header("Authorization", scheme + DevelopmentKey.KEY + "  ")
                .when()
                .get("/inspect")
                .then()
                .statusCode(200);
    }

    @Test
    void noAuthorizationHeaderAsksForBearerCredentials() {
        assertNoCredentials(given().when().get("/inspect").then());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Basic a29ubmljaGl3YTp4",
                "Token " + DevelopmentKey.KEY,
                "Bearer",
                "Bearer ",
                "Bearer    ",
                "Bearer" + DevelopmentKey.KEY,
                DevelopmentKey.KEY,
                ""
            })
    void anotherSchemeOrAnEmptyTokenAsksForBearerCredentials(String authorization) {
        assertNoCredentials(given().header("Authorization", authorization)
                .when()
                .get("/inspect")
                .then());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "wrong",
                "konnichiwa-api-key_NOT_FOR_PRODUCTIO",
                "konnichiwa-api-key_NOT_FOR_PRODUCTIONX",
                "KONNICHIWA-API-KEY_NOT_FOR_PRODUCTION",
                "konnichiwa-api-key_NOT_FOR_PRODUCTION,other"
            })
    void aWrongKeyIsAnInvalidToken(String token) {
        ValidatableResponse response = assertProblem(
                        given().header("Authorization", "Bearer " + token)
                                .when()
                                .get("/inspect")
                                .then(),
                        401)
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""))
                .body("type", equalTo("urn:cloudsuite:problem:invalid-api-key"))
                .body("instance", equalTo("/inspect"));
        assertRevealsNoKey(response, token);
    }

    @Test
    void theGreetingAndHealthNeedNoKey() {
        given().when().get("/").then().statusCode(200);
        given().when().get("/health").then().statusCode(200);
        given().header("Authorization", "Bearer wrong").when().get("/").then().statusCode(200);
    }

    @Test
    void aWrongMethodOrMediaTypeRevealsNoKeyEither() {
        assertRevealsNoKey(
                assertProblem(
                        given().header("Authorization", DevelopmentKey.BEARER)
                                .when()
                                .post("/inspect")
                                .then(),
                        405),
                DevelopmentKey.KEY);
        assertRevealsNoKey(
                assertProblem(
                        given().header("Authorization", DevelopmentKey.BEARER)
                                .accept("text/html")
                                .when()
                                .get("/inspect")
                                .then(),
                        406),
                DevelopmentKey.KEY);
    }

    @Test
    void theOpenApiDocumentDeclaresTheBearerSchemeAndNoKey() {
        String document = given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("components.securitySchemes.apiKey.type", equalTo("http"))
                .body("components.securitySchemes.apiKey.scheme", equalTo("bearer"))
                .body("paths.'/inspect'.get.security[0].apiKey", equalTo(List.of()))
                .body(
                        "paths.'/inspect'.get.responses.'200'.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/InspectReport"))
                .body(
                        "paths.'/inspect'.get.responses.'401'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/inspect'.get.responses.'429'.headers.'Retry-After'", not(nullValue()))
                .body("paths.'/'.get.security", nullValue())
                .body("paths.'/inspect'.get.parameters", nullValue())
                .extract()
                .asString();
        assertFalse(document.contains(DevelopmentKey.KEY));
    }

    @Test
    void metricsCountInspectWithoutAnyKey() {
        given().header("Authorization", DevelopmentKey.BEARER)
                .when()
                .get("/inspect")
                .then()
                .statusCode(200);
        given().header("Authorization", "Bearer wrong-metrics-token")
                .when()
                .get("/inspect")
                .then()
                .statusCode(401);

        given().when()
                .get(metrics)
                .then()
                .statusCode(200)
                .body(containsString("uri=\"/inspect\""))
                .body(not(containsString(DevelopmentKey.KEY)))
                .body(not(containsString("wrong-metrics-token")));
    }

    private static void assertNoCredentials(ValidatableResponse response) {
        assertRevealsNoKey(
                assertProblem(response, 401)
                        .header("WWW-Authenticate", equalTo("Bearer"))
                        .body("type", equalTo("urn:cloudsuite:problem:api-key-required"))
                        .body("detail", containsString("Authorization: Bearer")),
                DevelopmentKey.KEY);
    }

    /** Neither the configured key nor the token sent is in the body or any header of the answer. */
    static void assertRevealsNoKey(ValidatableResponse response, String token) {
        String body = response.extract().asString();
        String headers = response.extract().headers().toString();
        for (String secret : new String[] {DevelopmentKey.KEY, token}) {
            assertFalse(body.contains(secret), () -> "body reveals " + secret + ": " + body);
            assertFalse(headers.contains(secret), () -> "headers reveal " + secret + ": " + headers);
        }
    }
}
