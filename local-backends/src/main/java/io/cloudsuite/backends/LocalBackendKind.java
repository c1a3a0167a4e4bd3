package io.cloudsuite.backends;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The kinds of local backend the suite starts, each with the service configuration key that holds its address.
 * Dev mode, the suite launcher and tests find a service's backends through this one list.
 */
public enum LocalBackendKind {
    REDIS("Redis", "quarkus.redis.hosts", LocalRedisServer::startOn, Map.of()),
    /**
     * Dynoxide checks no signature, but the SDK needs a region and credentials; a packaged service (prod profile)
     * creates no tables unless told to, and a fresh local server has none.
     */
    DYNAMODB(
            "DynamoDB (Dynoxide)",
            "quarkus.dynamodb.endpoint-override",
            LocalDynoxideServer::startOn,
            Map.of(
                    "quarkus.dynamodb.aws.region", "us-east-1",
                    "quarkus.dynamodb.aws.credentials.type", "static",
                    "quarkus.dynamodb.aws.credentials.static-provider.access-key-id", "local",
                    "quarkus.dynamodb.aws.credentials.static-provider.secret-access-key", "local",
                    "suite.dynamodb.create-tables", "true"));

    private final String displayName;
    private final String addressProperty;
    private final IntFunction<LocalBackend> starter;
    private final Map<String, String> localClientSettings;

    LocalBackendKind(
            String displayName,
            String addressProperty,
            IntFunction<LocalBackend> starter,
            Map<String, String> localClientSettings) {
        this.displayName = displayName;
        this.addressProperty = addressProperty;
        this.starter = starter;
        this.localClientSettings = localClientSettings;
    }

    public String displayName() {
        return displayName;
    }

    /** The configuration key whose value is this backend's address, e.g. {@code quarkus.redis.hosts}. */
    public String addressProperty() {
        return addressProperty;
    }

    /**
     * The service configuration that points a service at this local server, in any profile (tests, the packaged
     * jar the suite launcher runs): its address and whatever else the client needs to talk to a local server.
     */
    public Map<String, String> clientConfiguration(LocalBackend server) {
        return clientConfiguration(server.uri());
    }

    /** The same, for a local server known only by its address (one the suite found running, or started). */
    public Map<String, String> clientConfiguration(String address) {
        Map<String, String> settings = new LinkedHashMap<>(localClientSettings);
        settings.put(addressProperty, address);
        return settings;
    }

    /** Whether a service's raw {@code application.properties} configure this backend, in any or the dev profile. */
    public boolean isConfiguredIn(Map<?, ?> applicationProperties) {
        return applicationProperties.containsKey(addressProperty)
                || applicationProperties.containsKey("%dev." + addressProperty);
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
