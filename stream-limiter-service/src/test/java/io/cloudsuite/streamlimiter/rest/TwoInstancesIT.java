package io.cloudsuite.streamlimiter.rest;

import static io.cloudsuite.streamlimiter.rest.StreamResourceTest.START;
import static io.cloudsuite.streamlimiter.rest.StreamResourceTest.VIEWER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudsuite.backends.LocalBackendKind;
import io.cloudsuite.backends.LocalDynoxideServer;
import io.cloudsuite.testing.Concurrently;
import io.cloudsuite.testing.InjectLocalDynamo;
import io.cloudsuite.testing.LocalDynamoResource;
import io.cloudsuite.testing.PackagedReplica;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.specification.RequestSpecification;

/**
 * Two replicas sharing one table, as behind the load balancer: the packaged jar Quarkus starts for this test, and a
 * second copy of the same jar this test starts on another port against the same DynamoDB-compatible server.
 */
@QuarkusIntegrationTest
@WithTestResource(LocalDynamoResource.class)
class TwoInstancesIT {

    @InjectLocalDynamo
    LocalDynoxideServer dynamo;

    private static PackagedReplica secondReplica;

    /** Starts the second replica once for the class, on the same jar and the same server as the first. */
    @BeforeEach
    void startSecondReplica() {
        if (secondReplica == null) {
            secondReplica = PackagedReplica.start(LocalBackendKind.DYNAMODB.clientConfiguration(dynamo));
        }
    }

    @AfterAll
    static void stopSecondReplica() {
        if (secondReplica != null) {
            secondReplica.close();
            secondReplica = null;
        }
    }

    @Test
    void fiftyParallelStartsSplitAcrossTwoReplicasCreateExactlyThree() throws Exception {
        String viewer = Viewers.fresh();

        List<Integer> statuses = Concurrently.race(50, caller -> caller % 2 == 1
                ? onTheSecond().header(VIEWER, viewer).when().post(START).statusCode()
                : given().header(VIEWER, viewer).when().post(START).statusCode());

        StreamResourceTest.assertExactlyThreeOfFiftyStarted(statuses, StreamResourceTest.activeIds(viewer));
        onTheSecond().header(VIEWER, viewer).when().get(StreamResourceTest.ACTIVE)
                .then().statusCode(200).body("active.size()", equalTo(3));
    }

    @Test
    void aStartRetriedOnTheOtherReplicaWithItsIdempotencyKeyTakesNoSecondSlot() {
        String viewer = Viewers.fresh();
        String key = "replica-" + UUID.randomUUID();

        String id = given().header(VIEWER, viewer).header("Idempotency-Key", key).when().post(START)
                .then().statusCode(201).extract().path("id");
        onTheSecond().header(VIEWER, viewer).header("Idempotency-Key", key).when().post(START)
                .then().statusCode(201)
                .header(StreamResource.IDEMPOTENT_REPLAYED, "true")
                .body("id", equalTo(id));

        assertEquals(List.of(id), StreamResourceTest.activeIds(viewer));
    }

    @Test
    void aStreamStartedOnOneReplicaEndsOnTheOther() {
        String viewer = Viewers.fresh();
        String id = StreamResourceTest.start(viewer);

        onTheSecond().header(VIEWER, viewer).when().put(START + "/" + id + "/heartbeat").then().statusCode(200);
        onTheSecond().header(VIEWER, viewer).when().delete(START + "/" + id).then().statusCode(204);

        assertEquals(List.of(), StreamResourceTest.activeIds(viewer));
    }

    private static RequestSpecification onTheSecond() {
        return given().baseUri("http://127.0.0.1").port(secondReplica.port());
    }
}
