package io.cloudsuite.testing;

import java.util.Map;

import io.cloudsuite.backends.LocalBackendKind;
import io.cloudsuite.backends.LocalDynoxideServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a real DynamoDB-compatible server (Dynoxide, in memory) on a free loopback port for the tests that use it,
 * points {@code quarkus.dynamodb.endpoint-override} at it (with a region, static credentials and
 * {@code suite.dynamodb.create-tables=true}, so the packaged jar in a {@code *IT} creates its tables too), and stops
 * it afterwards. A test field of type
 * {@link LocalDynoxideServer} annotated {@link InjectLocalDynamo} receives the server, so the test can stop and
 * restart it to simulate an outage (a restarted server is empty: service-dynamodb creates the tables again only at
 * startup, so an outage test re-creates them itself or checks only what needs none).
 */
public class LocalDynamoResource implements QuarkusTestResourceLifecycleManager {

    private LocalDynoxideServer dynamo;

    @Override
    public Map<String, String> start() {
        dynamo = LocalDynoxideServer.startOnFreePort();
        return LocalBackendKind.DYNAMODB.clientConfiguration(dynamo);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(dynamo,
                new TestInjector.AnnotatedAndMatchesType(InjectLocalDynamo.class, LocalDynoxideServer.class));
    }

    @Override
    public void stop() {
        if (dynamo != null) {
            dynamo.close();
        }
    }
}
