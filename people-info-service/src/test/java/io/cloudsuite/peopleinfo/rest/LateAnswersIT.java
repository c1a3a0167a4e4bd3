package io.cloudsuite.peopleinfo.rest;

import static io.cloudsuite.peopleinfo.rest.PeopleApi.PEOPLE;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.person;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.uniqueSurname;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.cloudsuite.backends.LocalBackendKind;
import io.cloudsuite.backends.LocalRedisServer;
import io.cloudsuite.testing.InjectLatencyProxy;
import io.cloudsuite.testing.InjectLocalRedis;
import io.cloudsuite.testing.LateDynamoResource;
import io.cloudsuite.testing.LatencyProxy;
import io.cloudsuite.testing.LocalRedisResource;
import io.cloudsuite.testing.SecondReplica;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/** A create answered 503 on one packaged replica, retried with its key on another: one person. */
@QuarkusIntegrationTest
@WithTestResource(LocalRedisResource.class)
@WithTestResource(LateDynamoResource.class)
class LateAnswersIT {

    @InjectLatencyProxy
    LatencyProxy dynamo;

    @InjectLocalRedis
    LocalRedisServer redis;

    @RegisterExtension
    static final SecondReplica other = SecondReplica.sharing(
            LateAnswersIT.class,
            test -> Map.of(LocalBackendKind.REDIS, test.redis.uri(), LocalBackendKind.DYNAMODB, test.dynamo.uri()));

    @AfterEach
    void answerOnTimeAgain() {
        dynamo.reset();
    }

    @Test
    void aCreateAnswered503OnOneReplicaAndRetriedOnTheOtherIsOnePerson() {
        String surname = uniqueSurname("LateReplica");
        String key = "replica-" + UUID.randomUUID();
        Map<String, Object> body = person("Ada", surname);
        List.of("PutItem", "TransactWriteItems")
                .forEach(write -> dynamo.holdAnswers(write, LateDynamoResource.pastTheCallTimeout(), 2));

        given().contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post(PEOPLE)
                .then()
                .statusCode(503);
        dynamo.reset();

        String id = other.request()
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post(PEOPLE)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract()
                .path("id");
        given().queryParam("surname", surname)
                .when()
                .get(PEOPLE)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(id)));
    }
}
