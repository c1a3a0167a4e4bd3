package io.cloudsuite.streamlimiter.rest;

import static io.cloudsuite.streamlimiter.rest.StreamResourceTest.ACTIVE;
import static io.cloudsuite.streamlimiter.rest.StreamResourceTest.START;
import static io.cloudsuite.streamlimiter.rest.StreamResourceTest.VIEWER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudsuite.backends.LocalBackendKind;
import io.cloudsuite.testing.InjectLatencyProxy;
import io.cloudsuite.testing.LatencyProxy;
import io.cloudsuite.testing.LateDynamoResource;
import io.cloudsuite.testing.PackagedReplica;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.specification.RequestSpecification;

/** {@link LateAnswersTest}'s late answers across two packaged replicas sharing one table behind one slow network. */
@QuarkusIntegrationTest
@WithTestResource(LateDynamoResource.class)
class LateAnswersIT {

    @InjectLatencyProxy
    LatencyProxy dynamo;

    private static PackagedReplica secondReplica;

    @BeforeEach
    void startSecondReplica() {
        if (secondReplica == null) {
            secondReplica = PackagedReplica.start(LocalBackendKind.DYNAMODB.clientConfiguration(dynamo.uri()));
        }
    }

    @AfterEach
    void answerOnTimeAgain() {
        dynamo.reset();
    }

    @AfterAll
    static void stopSecondReplica() {
        if (secondReplica != null) {
            secondReplica.close();
            secondReplica = null;
        }
    }

    @Test
    void aLateStartOnOneReplicaIsOneStreamOnBothAndALateEndOnTheOtherIs204() {
        String viewer = Viewers.fresh();
        dynamo.holdAnswers("PutItem", LateDynamoResource.pastTheAttemptTimeout(), 1);

        String id = onTheSecond().header(VIEWER, viewer).when().post(START).then().statusCode(201)
                .extract().path("id");

        onTheSecond().header(VIEWER, viewer).when().get(ACTIVE).then().body("active.id", equalTo(List.of(id)));
        given().header(VIEWER, viewer).when().get(ACTIVE).then().body("active.id", equalTo(List.of(id)));

        dynamo.holdAnswers("DeleteItem", LateDynamoResource.pastTheAttemptTimeout(), 1);
        dynamo.holdAnswers("UpdateItem", LateDynamoResource.pastTheAttemptTimeout(), 1);
        given().header(VIEWER, viewer).when().delete(START + "/" + id).then().statusCode(204);

        onTheSecond().header(VIEWER, viewer).when().get(ACTIVE).then().body("active.size()", equalTo(0));
    }

    private static RequestSpecification onTheSecond() {
        return given().baseUri("http://127.0.0.1").port(secondReplica.port());
    }
}
