package io.cloudsuite.streamlimiter.rest;

import static io.cloudsuite.streamlimiter.rest.StreamResourceTest.ACTIVE;
import static io.cloudsuite.streamlimiter.rest.StreamResourceTest.START;
import static io.cloudsuite.streamlimiter.rest.StreamResourceTest.VIEWER;
import static io.cloudsuite.streamlimiter.rest.StreamResourceTest.activeIds;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.cloudsuite.testing.InjectLatencyProxy;
import io.cloudsuite.testing.LateDynamoResource;
import io.cloudsuite.testing.LatencyProxy;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * DynamoDB carries out a write but its answer comes after the SDK's attempt timeout, so the SDK sends the same
 * write again: a start still takes one slot and an end that happened is still an end.
 */
@QuarkusTest
@WithTestResource(LateDynamoResource.class)
class LateAnswersTest {

    @InjectLatencyProxy
    LatencyProxy dynamo;

    @AfterEach
    void answerOnTimeAgain() {
        dynamo.reset();
    }

    @Test
    void aStartWhoseWriteIsAnsweredLateTakesOneSlot() {
        String viewer = Viewers.fresh();
        dynamo.holdAnswers("PutItem", LateDynamoResource.pastTheAttemptTimeout(), 1);

        String id = StreamResourceTest.start(viewer);

        assertRetried("PutItem");
        assertEquals(List.of(id), activeIds(viewer), "the start holds exactly one slot");
        StreamResourceTest.start(viewer);
        StreamResourceTest.start(viewer);
        given().header(VIEWER, viewer).when().post(START).then().statusCode(429).body("active.size()", equalTo(3));
    }

    @Test
    void aKeyedStartWhoseWriteIsAnsweredLateTakesOneSlotAndReplays() {
        String viewer = Viewers.fresh();
        String key = "late-" + UUID.randomUUID();
        dynamo.holdAnswers("TransactWriteItems", LateDynamoResource.pastTheAttemptTimeout(), 1);

        String id = given().header(VIEWER, viewer)
                .header("Idempotency-Key", key)
                .when()
                .post(START)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        assertRetried("TransactWriteItems");
        assertEquals(List.of(id), activeIds(viewer));
        given().header(VIEWER, viewer)
                .header("Idempotency-Key", key)
                .when()
                .post(START)
                .then()
                .statusCode(201)
                .header(StreamResource.IDEMPOTENT_REPLAYED, "true")
                .body("id", equalTo(id));
        assertEquals(List.of(id), activeIds(viewer));
    }

    @Test
    void anEndWhoseWriteIsAnsweredLateIs204AndTheStreamIsGone() {
        String viewer = Viewers.fresh();
        String id = StreamResourceTest.start(viewer);
        holdTheEndsWrite();

        given().header(VIEWER, viewer).when().delete(START + "/" + id).then().statusCode(204);

        assertEquals(List.of(), activeIds(viewer));
        assertEquals(3, startsUntilTheLimit(viewer), "the ended stream's slot is free again");
    }

    @Test
    void aPatchEndWhoseWriteIsAnsweredLateIs200AndTheStreamIsGone() {
        String viewer = Viewers.fresh();
        String id = StreamResourceTest.start(viewer);
        holdTheEndsWrite();

        given().header(VIEWER, viewer)
                .contentType(ContentType.JSON)
                .body("{\"video_ended\": true}")
                .when()
                .patch(START + "/" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("video_ended", equalTo(true));

        assertEquals(List.of(), activeIds(viewer));
    }

    @Test
    void aHeartbeatWhoseWriteIsAnsweredLateIs200() {
        String viewer = Viewers.fresh();
        String id = StreamResourceTest.start(viewer);
        dynamo.holdAnswers("UpdateItem", LateDynamoResource.pastTheAttemptTimeout(), 1);

        given().header(VIEWER, viewer)
                .when()
                .put(START + "/" + id + "/heartbeat")
                .then()
                .statusCode(200)
                .body("id", equalTo(id));

        assertEquals(List.of(id), activeIds(viewer));
    }

    /** The end's one write, whichever operation the repository uses for it. */
    private void holdTheEndsWrite() {
        dynamo.holdAnswers("DeleteItem", LateDynamoResource.pastTheAttemptTimeout(), 1);
        dynamo.holdAnswers("UpdateItem", LateDynamoResource.pastTheAttemptTimeout(), 1);
    }

    private int startsUntilTheLimit(String viewer) {
        int started = 0;
        while (given().header(VIEWER, viewer).when().post(START).statusCode() == 201) {
            started++;
        }
        given().header(VIEWER, viewer).when().get(ACTIVE).then().body("active.size()", equalTo(started));
        return started;
    }

    private void assertRetried(String operation) {
        assertTrue(
                dynamo.requestsOf(operation) >= 2, "the SDK retried " + operation + ": the test holds what it should");
    }
}
