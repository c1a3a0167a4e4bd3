package io.cloudsuite.testing;

import io.cloudsuite.backends.LocalBackendKind;
import io.cloudsuite.backends.LocalRedisServer;

/**
 * Starts a real Redis on a free loopback port for the tests that use it, points {@code quarkus.redis.hosts} at it,
 * and stops it afterwards. A test field of type {@link LocalRedisServer} annotated {@link InjectLocalRedis} receives
 * the server, so the test can stop and restart it to simulate an outage.
 */
public class LocalRedisResource extends LocalBackendResource<LocalRedisServer> {

    public LocalRedisResource() {
        super(LocalBackendKind.REDIS, LocalRedisServer.class, InjectLocalRedis.class);
    }
}
