package io.cloudsuite.testing;

import java.util.Map;

import io.cloudsuite.backends.LocalBackendKind;
import io.cloudsuite.backends.LocalRedisServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a real Redis on a free loopback port for the tests that use it, points {@code quarkus.redis.hosts} at it,
 * and stops it afterwards. A test field of type {@link LocalRedisServer} annotated {@link InjectLocalRedis} receives
 * the server, so the test can stop and restart it to simulate an outage.
 */
public class LocalRedisResource implements QuarkusTestResourceLifecycleManager {

    private LocalRedisServer redis;

    @Override
    public Map<String, String> start() {
        redis = LocalRedisServer.startOnFreePort();
        return LocalBackendKind.REDIS.clientConfiguration(redis);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(redis,
                new TestInjector.AnnotatedAndMatchesType(InjectLocalRedis.class, LocalRedisServer.class));
    }

    @Override
    public void stop() {
        if (redis != null) {
            redis.close();
        }
    }
}
