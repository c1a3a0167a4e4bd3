package io.cloudsuite.testing;

import io.cloudsuite.backends.LocalBackendKind;
import io.cloudsuite.backends.LocalDynoxideServer;

/**
 * Starts a real DynamoDB-compatible server (Dynoxide, in memory) on a free loopback port for the tests that use it,
 * points {@code quarkus.dynamodb.endpoint-override} at it (with a region, static credentials and
 * {@code suite.dynamodb.create-tables=true}, so the packaged jar in a {@code *IT} creates its tables too), and stops
 * it afterwards. A test field of type {@link LocalDynoxideServer} annotated {@link InjectLocalDynamo} receives the
 * server, so the test can stop and restart it (a restarted server is empty: call service-dynamodb's
 * {@code TableCreator.createMissing()} after), or freeze and thaw it (a stalled server that keeps its data).
 */
public class LocalDynamoResource extends LocalBackendResource<LocalDynoxideServer> {

    public LocalDynamoResource() {
        super(LocalBackendKind.DYNAMODB, LocalDynoxideServer.class, InjectLocalDynamo.class);
    }
}
