package io.cloudsuite.peopleinfo.rest;

import static io.cloudsuite.peopleinfo.rest.PeopleApi.PEOPLE;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.createPerson;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.person;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.uniqueSurname;
import static io.cloudsuite.peopleinfo.rest.PeopleApi.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudsuite.backends.LocalBackendKind;
import io.cloudsuite.backends.LocalDynoxideServer;
import io.cloudsuite.backends.LocalRedisServer;
import io.cloudsuite.testing.Concurrently;
import io.cloudsuite.testing.InjectLocalDynamo;
import io.cloudsuite.testing.InjectLocalRedis;
import io.cloudsuite.testing.LocalDynamoResource;
import io.cloudsuite.testing.LocalRedisResource;
import io.cloudsuite.testing.PackagedReplica;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Two replicas of the packaged service sharing one Redis and one DynamoDB: the one Quarkus starts for the test, and
 * a second JVM of the same jar. A write on one must be what the other reads, cache or not.
 */
@QuarkusIntegrationTest
@WithTestResource(LocalRedisResource.class)
@WithTestResource(LocalDynamoResource.class)
class ReplicasIT {

    private static PackagedReplica other;

    @InjectLocalRedis
    LocalRedisServer redis;

    @InjectLocalDynamo
    LocalDynoxideServer dynamo;

    @BeforeEach
    void startTheOtherReplica() {
        if (other == null) {
            Map<String, String> configuration = new HashMap<>(LocalBackendKind.REDIS.clientConfiguration(redis));
            configuration.putAll(LocalBackendKind.DYNAMODB.clientConfiguration(dynamo));
            other = PackagedReplica.start(configuration);
        }
    }

    @AfterAll
    static void stopTheOtherReplica() {
        if (other != null) {
            other.close();
            other = null;
        }
    }

    private static RequestSpecification onTheOther() {
        return given().baseUri("http://127.0.0.1").port(other.port());
    }

    @Test
    void anUpdateIsReadOnTheOtherReplicaEvenWhenItHadThePersonCached() {
        String surname = uniqueSurname("Replica");
        String id = createPerson(surname).jsonPath().getString("id");
        onTheOther().when().get(PEOPLE + "/" + id).then().statusCode(200).body("address",
                equalTo("1 Main Street, Springfield"));
        onTheOther().when().get(PEOPLE + "/" + id).then().statusCode(200);

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(with(person("Ada", surname), "address", "9 Elsewhere Road"))
                .when().put(PEOPLE + "/" + id).then().statusCode(200);

        onTheOther().when().get(PEOPLE + "/" + id).then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("address", equalTo("9 Elsewhere Road"));
    }

    @Test
    void aDeletedPersonIsGoneOnTheOtherReplicaEvenWhenItHadItCached() {
        String id = createPerson(uniqueSurname("Gone")).jsonPath().getString("id");
        onTheOther().when().get(PEOPLE + "/" + id).then().statusCode(200);
        onTheOther().when().get(PEOPLE + "/" + id).then().statusCode(200);

        given().when().delete(PEOPLE + "/" + id).then().statusCode(204);

        onTheOther().when().get(PEOPLE + "/" + id).then().statusCode(404);
        onTheOther().when().delete(PEOPLE + "/" + id).then().statusCode(404);
    }

    @Test
    void tenConcurrentUpdatesWithOneETagAcrossReplicasGiveOneSuccess() throws Exception {
        String surname = uniqueSurname("Race");
        String id = createPerson(surname).jsonPath().getString("id");

        List<Integer> statuses = Concurrently.race(10, writer -> {
            RequestSpecification replica = writer % 2 == 0 ? given() : onTheOther();
            return replica.contentType(ContentType.JSON).header("If-Match", "\"1\"")
                    .body(with(person("Writer " + writer, surname), "address", "House " + writer))
                    .when().put(PEOPLE + "/" + id).statusCode();
        });

        assertEquals(1, Collections.frequency(statuses, 200), statuses::toString);
        assertEquals(9, Collections.frequency(statuses, 412), statuses::toString);
        String winner = given().when().get(PEOPLE + "/" + id).then().statusCode(200).body("version", equalTo(2))
                .extract().jsonPath().getString("address");
        onTheOther().when().get(PEOPLE + "/" + id).then().statusCode(200).body("address", equalTo(winner));
    }
}
