package io.cloudsuite.backends;

import java.net.URI;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The kinds of local backend the suite starts, each with the service configuration key that holds its address.
 * Dev mode, the suite launcher and tests find a service's backends through this one list.
 */
public enum LocalBackendKind {

    REDIS("Redis", "quarkus.redis.hosts", LocalRedisServer::startOn),
    DYNAMODB("DynamoDB (Dynoxide)", "quarkus.dynamodb.endpoint-override", LocalDynoxideServer::startOn);

    private final String displayName;
    private final String addressProperty;
    private final IntFunction<LocalBackend> starter;

    LocalBackendKind(String displayName, String addressProperty, IntFunction<LocalBackend> starter) {
        this.displayName = displayName;
        this.addressProperty = addressProperty;
        this.starter = starter;
    }

    public String displayName() {
        return displayName;
    }

    /** The configuration key whose value is this backend's address, e.g. {@code quarkus.redis.hosts}. */
    public String addressProperty() {
        return addressProperty;
    }

    /** Starts a local server of this kind on the given loopback port. */
    public LocalBackend startOn(int port) {
        return starter.apply(port);
    }

    /** Starts a local server of this kind on a free loopback port. */
    public LocalBackend startOnFreePort() {
        return startOn(FreePort.find());
    }

    /**
     * The first address of a configured value ({@code quarkus.redis.hosts} may list several), when it names a host
     * and port; empty for anything else.
     */
    public static Optional<URI> firstAddress(String configuredValue) {
        if (configuredValue == null || configuredValue.isBlank()) {
            return Optional.empty();
        }
        URI address = URI.create(configuredValue.split(",")[0].trim());
        return address.getHost() == null || address.getPort() < 0 ? Optional.empty() : Optional.of(address);
    }
}
