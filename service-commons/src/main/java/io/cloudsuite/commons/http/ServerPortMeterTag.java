package io.cloudsuite.commons.http;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Drops the {@code server.port} tag Quarkus puts on the HTTP server meters. Quarkus adds it only for a server bound
 * to a fixed port, and the public port and the management interface share those meters' names: one server on a fixed
 * port beside one on a random port (a packaged jar under test) registers one name with two sets of tag keys, which
 * Prometheus refuses, and the server's start fails half-way. Requests stay told apart by their {@code uri}.
 */
@Singleton
public class ServerPortMeterTag {

    @Produces
    @Singleton
    MeterFilter withoutServerPort() {
        return MeterFilter.ignoreTags("server.port");
    }
}
