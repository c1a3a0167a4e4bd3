package io.cloudsuite.streamlimiter.rest;

import static io.cloudsuite.streamlimiter.rest.StreamResourceTest.ACTIVE;
import static io.cloudsuite.streamlimiter.rest.StreamResourceTest.START;
import static io.cloudsuite.streamlimiter.rest.StreamResourceTest.VIEWER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.cloudsuite.backends.LocalBackendKind;
import io.cloudsuite.testing.InjectLatencyProxy;
import io.cloudsuite.testing.LateDynamoResource;
import io.cloudsuite.testing.LatencyProxy;
import io.cloudsuite.testing.SecondReplica;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link LateAnswersTest}'s late answers across two packaged replicas sharing one table behind one slow network. */
@QuarkusIntegrationTest
@WithTestResource(LateDynamoResource.class)
class LateAnswersIT {

    @InjectLatencyProxy
    LatencyProxy dynamo;

    @RegisterExtension
    static final SecondReplica second =
            SecondReplica.sharing(LateAnswersIT.class, test -> Map.of(LocalBackendKind.DYNAMODB, test.dynamo.uri()));

    @AfterEach
    void answerOnTimeAgain() {
        dynamo.reset();
    }

    @Test
    void aLateStartOnOneReplicaIsOneStreamOnBothAndALateEndOnTheOtherIs204() {
        String viewer = Viewers.fresh();
        dynamo.holdAnswers("PutItem", LateDynamoResource.pastTheAttemptTimeout(), 1);

        String id = second.request()
                .header(VIEWER, viewer)
                .when()
                .post(START)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        second.request().header(VIEWER, viewer).when().get(ACTIVE).then().body("active.id", equalTo(List.of(id)));
        given().header(VIEWER, viewer).when().get(ACTIVE).then().body("active.id", equalTo(List.of(id)));

        dynamo.holdAnswers("DeleteItem", LateDynamoResource.pastTheAttemptTimeout(), 1);
        dynamo.holdAnswers("UpdateItem", LateDynamoResource.pastTheAttemptTimeout(), 1);
        given().header(VIEWER, viewer).when().delete(START + "/" + id).then().statusCode(204);

        second.request().header(VIEWER, viewer).when().get(ACTIVE).then().body("active.size()", equalTo(0));
    }
}
