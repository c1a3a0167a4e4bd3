package io.cloudsuite.streamlimiter.rest;

import static io.cloudsuite.streamlimiter.rest.StreamResourceTest.START;
import static io.cloudsuite.streamlimiter.rest.StreamResourceTest.VIEWER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.cloudsuite.backends.LocalBackendKind;
import io.cloudsuite.backends.LocalDynoxideServer;
import io.cloudsuite.testing.InjectLocalDynamo;
import io.cloudsuite.testing.LocalDynamoResource;
import io.cloudsuite.testing.SecondReplica;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Two replicas sharing one table, as behind the load balancer: the packaged jar Quarkus starts for this test, and a
 * second copy of the same jar this test starts on another port against the same DynamoDB-compatible server.
 */
@QuarkusIntegrationTest
@WithTestResource(LocalDynamoResource.class)
class TwoInstancesIT {

    @InjectLocalDynamo
    LocalDynoxideServer dynamo;

    /** The same jar on the same server as the first, started once for the class. */
    @RegisterExtension
    static final SecondReplica second =
            SecondReplica.sharing(TwoInstancesIT.class, test -> Map.of(LocalBackendKind.DYNAMODB, test.dynamo.uri()));

    @Test
    void fiftyParallelStartsSplitAcrossTwoReplicasCreateExactlyThree() throws Exception {
        String viewer = Viewers.fresh();

        List<Integer> statuses = second.raceAcrossBoth(
                50,
                (replica, caller) ->
                        replica.header(VIEWER, viewer).when().post(START).statusCode());

        StreamResourceTest.assertExactlyThreeOfFiftyStarted(statuses, StreamResourceTest.activeIds(viewer));
        second.request()
                .header(VIEWER, viewer)
                .when()
                .get(StreamResourceTest.ACTIVE)
                .then()
                .statusCode(200)
                .body("active.size()", equalTo(3));
    }

    @Test
    void aStartRetriedOnTheOtherReplicaWithItsIdempotencyKeyTakesNoSecondSlot() {
        String viewer = Viewers.fresh();
        String key = "replica-" + UUID.randomUUID();

        String id = given().header(VIEWER, viewer)
                .header("Idempotency-Key", key)
                .when()
                .post(START)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        second.request()
                .header(VIEWER, viewer)
                .header("Idempotency-Key", key)
                .when()
                .post(START)
                .then()
                .statusCode(201)
                .header(StreamResource.IDEMPOTENT_REPLAYED, "true")
                .body("id", equalTo(id));

        assertEquals(List.of(id), StreamResourceTest.activeIds(viewer));
    }

    @Test
    void aStreamStartedOnOneReplicaEndsOnTheOther() {
        String viewer = Viewers.fresh();
        String id = StreamResourceTest.start(viewer);

        second.request()
                .header(VIEWER, viewer)
                .when()
                .put(START + "/" + id + "/heartbeat")
                .then()
                .statusCode(200);
        second.request()
                .header(VIEWER, viewer)
                .when()
                .delete(START + "/" + id)
                .then()
                .statusCode(204);

        assertEquals(List.of(), StreamResourceTest.activeIds(viewer));
    }
}
