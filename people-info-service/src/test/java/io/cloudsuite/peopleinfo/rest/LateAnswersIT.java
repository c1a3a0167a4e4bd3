package io.cloudsuite.peopleinfo.rest;

import static io.cloudsuite.peopleinfo.rest.PeopleApi.PEOPLE;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.person;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.uniqueSurname;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudsuite.backends.LocalBackendKind;
import io.cloudsuite.backends.LocalRedisServer;
import io.cloudsuite.testing.InjectLatencyProxy;
import io.cloudsuite.testing.InjectLocalRedis;
import io.cloudsuite.testing.LatencyProxy;
import io.cloudsuite.testing.LateDynamoResource;
import io.cloudsuite.testing.LocalRedisResource;
import io.cloudsuite.testing.PackagedReplica;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** A create answered 503 on one packaged replica, retried with its key on another: one person. */
@QuarkusIntegrationTest
@WithTestResource(LocalRedisResource.class)
@WithTestResource(LateDynamoResource.class)
class LateAnswersIT {

    @InjectLatencyProxy
    LatencyProxy dynamo;

    @InjectLocalRedis
    LocalRedisServer redis;

    private static PackagedReplica other;

    @BeforeEach
    void startTheOtherReplica() {
        if (other == null) {
            Map<String, String> configuration = new HashMap<>(LocalBackendKind.REDIS.clientConfiguration(redis));
            configuration.putAll(LocalBackendKind.DYNAMODB.clientConfiguration(dynamo.uri()));
            other = PackagedReplica.start(configuration);
        }
    }

    @AfterEach
    void answerOnTimeAgain() {
        dynamo.reset();
    }

    @AfterAll
    static void stopTheOtherReplica() {
        if (other != null) {
            other.close();
            other = null;
        }
    }

    @Test
    void aCreateAnswered503OnOneReplicaAndRetriedOnTheOtherIsOnePerson() {
        String surname = uniqueSurname("LateReplica");
        String key = "replica-" + UUID.randomUUID();
        Map<String, Object> body = person("Ada", surname);
        List.of("PutItem", "TransactWriteItems")
                .forEach(write -> dynamo.holdAnswers(write, LateDynamoResource.pastTheCallTimeout(), 2));

        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).when().post(PEOPLE)
                .then().statusCode(503);
        dynamo.reset();

        String id = onTheOther().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(PEOPLE).then().statusCode(201).header("Idempotent-Replayed", "true")
                .extract().path("id");
        given().queryParam("surname", surname).when().get(PEOPLE).then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
    }

    private static RequestSpecification onTheOther() {
        return given().baseUri("http://127.0.0.1").port(other.port());
    }
}
