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
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.cloudsuite.backends.LocalBackendKind;
import io.cloudsuite.backends.LocalDynoxideServer;
import io.cloudsuite.backends.LocalRedisServer;
import io.cloudsuite.testing.InjectLocalDynamo;
import io.cloudsuite.testing.InjectLocalRedis;
import io.cloudsuite.testing.LocalDynamoResource;
import io.cloudsuite.testing.LocalRedisResource;
import io.cloudsuite.testing.SecondReplica;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/**
 * Two replicas of the packaged service sharing one Redis and one DynamoDB: the one Quarkus starts for the test, and
 * a second JVM of the same jar. A write on one must be what the other reads, cache or not.
 */
@QuarkusIntegrationTest
@WithTestResource(LocalRedisResource.class)
@WithTestResource(LocalDynamoResource.class)
class ReplicasIT {

    @InjectLocalRedis
    LocalRedisServer redis;

    @InjectLocalDynamo
    LocalDynoxideServer dynamo;

    @RegisterExtension
    static final SecondReplica other = SecondReplica.sharing(
            ReplicasIT.class,
            test -> Map.of(LocalBackendKind.REDIS, test.redis.uri(), LocalBackendKind.DYNAMODB, test.dynamo.uri()));

    @Test
    void anUpdateIsReadOnTheOtherReplicaEvenWhenItHadThePersonCached() {
        String surname = uniqueSurname("Replica");
        String id = createPerson(surname).jsonPath().getString("id");
        other.request()
                .when()
                .get(PEOPLE + "/" + id)
                .then()
                .statusCode(200)
                .body("address", equalTo("1 Main Street, Springfield"));
        other.request().when().get(PEOPLE + "/" + id).then().statusCode(200);

        given().contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(with(person("Ada", surname), "address", "9 Elsewhere Road"))
                .when()
                .put(PEOPLE + "/" + id)
                .then()
                .statusCode(200);

        other.request()
                .when()
                .get(PEOPLE + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("address", equalTo("9 Elsewhere Road"));
    }

    @Test
    void aDeletedPersonIsGoneOnTheOtherReplicaEvenWhenItHadItCached() {
        String id = createPerson(uniqueSurname("Gone")).jsonPath().getString("id");
        other.request().when().get(PEOPLE + "/" + id).then().statusCode(200);
        other.request().when().get(PEOPLE + "/" + id).then().statusCode(200);

        given().when().delete(PEOPLE + "/" + id).then().statusCode(204);

        other.request().when().get(PEOPLE + "/" + id).then().statusCode(404);
        other.request().when().delete(PEOPLE + "/" + id).then().statusCode(404);
    }

    @Test
    void tenConcurrentUpdatesWithOneETagAcrossReplicasGiveOneSuccess() throws Exception {
        String surname = uniqueSurname("Race");
        String id = createPerson(surname).jsonPath().getString("id");

        List<Integer> statuses = other.raceAcrossBoth(
                10,
                (replica, writer) -> replica.contentType(ContentType.JSON)
                        .header("If-Match", "\"1\"")
                        .body(with(person("Writer " + writer, surname), "address", "House " + writer))
                        .when()
                        .put(PEOPLE + "/" + id)
                        .statusCode());

        assertEquals(1, Collections.frequency(statuses, 200), statuses::toString);
        assertEquals(9, Collections.frequency(statuses, 412), statuses::toString);
        String winner = given().when()
                .get(PEOPLE + "/" + id)
                .then()
                .statusCode(200)
                .body("version", equalTo(2))
                .extract()
                .jsonPath()
                .getString("address");
        other.request().when().get(PEOPLE + "/" + id).then().statusCode(200).body("address", equalTo(winner));
    }
}
