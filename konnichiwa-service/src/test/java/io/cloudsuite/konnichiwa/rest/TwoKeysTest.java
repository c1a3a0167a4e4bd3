package io.cloudsuite.konnichiwa.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Rotation: the old and the new key are both valid while both are listed; a key not listed is not. */
@QuarkusTest
@TestProfile(TwoKeysTest.OldAndNewKey.class)
class TwoKeysTest {

    static final String OLD_KEY = "old-key-Qx7PmT2w9LkV4nR8sZ3a";
    static final String NEW_KEY = "new-key-Hc5JdY1uE6bN0gW2fK9e";

    public static class OldAndNewKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("konnichiwa.api-keys", " " + OLD_KEY + " , " + NEW_KEY + ",");
        }
    }

    @Test
    void bothKeysAreValid() {
        given().header("Authorization", "Bearer " + OLD_KEY)
                .when()
                .get("/inspect")
                .then()
                .statusCode(200);
        given().header("Authorization", "Bearer " + NEW_KEY)
                .when()
                .get("/inspect")
                .then()
                .statusCode(200);
    }

    @Test
    void aKeyNotListedIsNotValid() {
        given().header("Authorization", DevelopmentKey.BEARER)
                .when()
                .get("/inspect")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""));
        given().header("Authorization", "Bearer " + OLD_KEY + "," + NEW_KEY)
                .when()
                .get("/inspect")
                .then()
                .statusCode(401);
    }
}
