package io.cloudsuite.loadtests;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpProtocolBuilder;

/** The HTTP client every simulation uses: one keep-alive pool, JSON answers, warmed up on the service itself. */
final class Protocols {

    private Protocols() {}

    static HttpProtocolBuilder json(String baseUrl) {
        return http.baseUrl(baseUrl)
                .acceptHeader("application/json")
                // Gatling warms its client up on https://gatling.io by default: unreachable from CI runners
                // without internet, and not the service. /ping exists on every service of the suite.
                .warmUp(baseUrl + "/ping")
                // One keep-alive pool for all virtual users, as a real client would; not a connection per request.
                .shareConnections()
                // Gatling caches like a browser by default: it would add If-None-Match to repeated GETs and count
                // 304s. Every request must reach the service; a simulation sends conditional headers itself.
                .disableCaching();
    }
}
