package io.cloudsuite.commons.info;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RootRedirectTest {

    @Test
    void byDefaultTheRootRedirectsToTheSwaggerUi() {
        given().redirects()
                .follow(false)
                .when()
                .get("/")
                .then()
                .statusCode(303)
                .header("Location", equalTo(RootRedirectResource.SWAGGER_UI));
    }
}
