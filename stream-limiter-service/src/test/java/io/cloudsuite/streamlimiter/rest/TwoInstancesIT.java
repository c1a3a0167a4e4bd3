package io.cloudsuite.streamlimiter.rest;

import static io.cloudsuite.streamlimiter.rest.StreamResourceTest.START;
import static io.cloudsuite.streamlimiter.rest.StreamResourceTest.VIEWER;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.cloudsuite.backends.FreePort;
import io.cloudsuite.backends.LocalBackendKind;
import io.cloudsuite.backends.LocalDynoxideServer;
import io.cloudsuite.testing.Concurrently;
import io.cloudsuite.testing.InjectLocalDynamo;
import io.cloudsuite.testing.LocalDynamoResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Two replicas sharing one table, as behind the load balancer: the packaged jar Quarkus starts for this test, and a
 * second copy of the same jar this test starts on another port against the same DynamoDB-compatible server.
 */
@QuarkusIntegrationTest
@WithTestResource(LocalDynamoResource.class)
class TwoInstancesIT {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    @InjectLocalDynamo
    LocalDynoxideServer dynamo;

    private static Process secondReplica;
    private static int secondPort;

    @AfterAll
    static void stopSecondReplica() throws InterruptedException {
        if (secondReplica != null) {
            secondReplica.destroy();
            secondReplica.waitFor();
        }
    }

    @Test
    void fiftyParallelStartsSplitAcrossTwoReplicasCreateExactlyThree() throws Exception {
        String second = secondReplica();
        String viewer = Viewers.fresh();

        List<Integer> statuses = Concurrently.race(50, caller -> caller % 2 == 1
                ? given().baseUri(second).port(secondPort).header(VIEWER, viewer).when().post(START).statusCode()
                : given().header(VIEWER, viewer).when().post(START).statusCode());

        StreamResourceTest.assertExactlyThreeOfFiftyStarted(statuses, StreamResourceTest.activeIds(viewer));
        given().baseUri(second).port(secondPort).header(VIEWER, viewer).when().get(StreamResourceTest.ACTIVE)
                .then().statusCode(200).body("active.size()", equalTo(3));
    }

    @Test
    void aStartRetriedOnTheOtherReplicaWithItsIdempotencyKeyTakesNoSecondSlot() throws Exception {
        String second = secondReplica();
        String viewer = Viewers.fresh();
        String key = "replica-" + UUID.randomUUID();

        String id = given().header(VIEWER, viewer).header("Idempotency-Key", key).when().post(START)
                .then().statusCode(201).extract().path("id");
        given().baseUri(second).port(secondPort).header(VIEWER, viewer).header("Idempotency-Key", key)
                .when().post(START).then().statusCode(201)
                .header(StreamResource.IDEMPOTENT_REPLAYED, "true")
                .body("id", equalTo(id));

        assertEquals(List.of(id), StreamResourceTest.activeIds(viewer));
    }

    @Test
    void aStreamStartedOnOneReplicaEndsOnTheOther() throws Exception {
        String second = secondReplica();
        String viewer = Viewers.fresh();
        String id = StreamResourceTest.start(viewer);

        given().baseUri(second).port(secondPort).header(VIEWER, viewer).when().put(START + "/" + id + "/heartbeat")
                .then().statusCode(200);
        given().baseUri(second).port(secondPort).header(VIEWER, viewer).when().delete(START + "/" + id)
                .then().statusCode(204);

        assertEquals(List.of(), StreamResourceTest.activeIds(viewer));
    }

    /** Starts the second replica once for the class, on the same jar and the same server as the first. */
    private synchronized String secondReplica() throws IOException, InterruptedException {
        if (secondReplica == null) {
            Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: the integration tests run after packaging");
            }
            secondPort = FreePort.find();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dquarkus.http.host=127.0.0.1",
                    "-Dquarkus.http.port=" + secondPort));
            LocalBackendKind.DYNAMODB.clientConfiguration(dynamo)
                    .forEach((key, value) -> command.add("-D" + key + "=" + value));
            command.addAll(List.of("-jar", jar.toString()));
            Path log = Files.createDirectories(Path.of("target")).resolve("second-replica.log");
            secondReplica = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            awaitReady(log);
        }
        return "http://127.0.0.1";
    }

    private static void awaitReady(Path log) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + secondPort + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (Instant.now().isBefore(deadline) && secondReplica.isAlive()) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the second replica was not ready; see " + log);
    }
}
