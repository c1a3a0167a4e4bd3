package io.cloudsuite.dynamodb;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.cloudsuite.backends.LocalDynoxideServer;
import io.cloudsuite.testing.InjectLocalDynamo;
import io.cloudsuite.testing.LocalDynamoResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** Against a real Dynoxide: tables created from dynamodb/tables.json at startup, and a bounded readiness check. */
@QuarkusTest
@WithTestResource(LocalDynamoResource.class)
class TablesAndReadinessTest {

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @Inject
    DynamoDbClient dynamo;

    @Inject
    DynamoTables tables;

    @Inject
    TableCreator creator;

    @InjectLocalDynamo
    LocalDynoxideServer server;

    @Test
    void tableNamesComeFromConfigurationElseTheDefault() {
        assertEquals("fixture-things", tables.name("things"));
        assertEquals("fixture-plain-configured", tables.name("plain"));
    }

    @Test
    void startupCreatedEveryDescribedTableWithItsKeysIndexesAndTtl() {
        TableDescription things = dynamo.describeTable(describe -> describe.tableName("fixture-things"))
                .table();
        assertEquals(List.of("owner:HASH", "slot:RANGE"), keys(things.keySchema()));
        GlobalSecondaryIndexDescription index = things.globalSecondaryIndexes().get(0);
        assertEquals("by-colour", index.indexName());
        assertEquals(List.of("colour:HASH", "owner:RANGE"), keys(index.keySchema()));
        assertEquals("ALL", index.projection().projectionTypeAsString());
        assertEquals(
                TimeToLiveStatus.ENABLED,
                dynamo.describeTimeToLive(ttl -> ttl.tableName("fixture-things"))
                        .timeToLiveDescription()
                        .timeToLiveStatus());
        assertEquals(
                "expires_at_epoch",
                dynamo.describeTimeToLive(ttl -> ttl.tableName("fixture-things"))
                        .timeToLiveDescription()
                        .attributeName());

        TableDescription plain = dynamo.describeTable(describe -> describe.tableName("fixture-plain-configured"))
                .table();
        assertEquals(List.of("id:HASH"), keys(plain.keySchema()));
    }

    @Test
    void creatingAgainLeavesExistingTablesAlone() {
        creator.createMissing();

        assertEquals(
                List.of("fixture-plain-configured", "fixture-things"),
                dynamo.listTables().tableNames().stream().sorted().toList());
    }

    @Test
    void readinessIsDownWhileDynamoDbStallsOrIsGoneAndUpAgainAfter() {
        given().when().get(readiness).then().statusCode(200).body("status", equalTo("UP"));

        server.freeze();
        try {
            given().when()
                    .get(readiness)
                    .then()
                    .statusCode(503)
                    .time(lessThan(1_500L))
                    .body("status", equalTo("DOWN"))
                    .body(not(containsString(server.uri())))
                    .body(not(containsString("Exception")));
        } finally {
            server.thaw();
        }
        given().when().get(readiness).then().statusCode(200);

        server.stop();
        try {
            given().when().get(readiness).then().statusCode(503).time(lessThan(1_500L));
        } finally {
            server.start();
            creator.createMissing(); // a restarted local server is empty
        }
        given().when().get(readiness).then().statusCode(200).body("status", equalTo("UP"));
    }

    private static List<String> keys(List<KeySchemaElement> schema) {
        return schema.stream()
                .map(key -> key.attributeName() + ":" + key.keyTypeAsString())
                .toList();
    }
}
