package io.cloudsuite.streamlimiter.rest;

import static io.cloudsuite.streamlimiter.rest.StreamResourceTest.ACTIVE;
import static io.cloudsuite.streamlimiter.rest.StreamResourceTest.START;
import static io.cloudsuite.streamlimiter.rest.StreamResourceTest.VIEWER;
import static io.cloudsuite.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.cloudsuite.backends.LocalDynoxideServer;
import io.cloudsuite.dynamodb.TableCreator;
import io.cloudsuite.testing.InjectLocalDynamo;
import io.cloudsuite.testing.LocalDynamoResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Stalls and stops the real DynamoDB-compatible server under a running service, then lets it answer again. */
@QuarkusTest
@WithTestResource(LocalDynamoResource.class)
class DynamoOutageTest {

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "health/live", management = true)
    URL liveness;

    @InjectLocalDynamo
    LocalDynoxideServer dynamo;

    @Inject
    TableCreator tables;

    @Test
    void aStalledDynamoDbGives503InTimeTakesNoSlotAndTheServiceRecoversByItself() {
        String viewer = Viewers.fresh();
        String kept = StreamResourceTest.start(viewer);

        dynamo.freeze();
        try {
            assertProblem(given().header(VIEWER, viewer).when().post(START).then(), 503)
                    .time(lessThan(2_000L))
                    .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                    .body("type", equalTo("urn:cloudsuite:problem:backend-unavailable"));
            assertProblem(given().header(VIEWER, viewer).when().get(ACTIVE).then(), 503)
                    .time(lessThan(2_000L));
            assertProblem(
                            given().header(VIEWER, viewer)
                                    .when()
                                    .delete(START + "/" + kept)
                                    .then(),
                            503)
                    .time(lessThan(2_000L));
            given().when().get(readiness).then().statusCode(503).body("status", equalTo("DOWN"));
            given().when().get(liveness).then().statusCode(200);
        } finally {
            dynamo.thaw();
        }

        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> given().when().get(readiness).then().statusCode(200));
        // The start that answered 503 may have been applied after the stall; only it may have taken a slot.
        List<String> active = StreamResourceTest.activeIds(viewer);
        given().header(VIEWER, viewer).when().delete(START + "/" + kept).then().statusCode(204);
        assertEquals(true, active.size() <= 2, active.toString());
    }

    @Test
    void aStoppedDynamoDbGives503AndARestartedOneServesAgain() {
        String viewer = Viewers.fresh();
        StreamResourceTest.start(viewer);

        dynamo.stop();
        try {
            assertProblem(given().header(VIEWER, viewer).when().post(START).then(), 503)
                    .time(lessThan(2_000L));
            given().when().get(readiness).then().statusCode(503);
        } finally {
            dynamo.start();
            tables.createMissing(); // a restarted local server is empty, as a fresh DynamoDB table would be
        }

        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() ->
                        given().header(VIEWER, viewer).when().post(START).then().statusCode(201));
        given().when().get(readiness).then().statusCode(200).body("status", equalTo("UP"));
    }
}
