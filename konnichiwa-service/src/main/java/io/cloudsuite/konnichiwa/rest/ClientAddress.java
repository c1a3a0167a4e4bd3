package io.cloudsuite.konnichiwa.rest;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The address the brute-force guard counts a request against.
 *
 * <p>Behind the load balancer (the prod profile, where the suite's shared proxy settings turn on
 * {@code quarkus.http.proxy.*}) it is the <em>last</em> entry of {@code X-Forwarded-For}: the ALB appends the address
 * that connected to it, while every entry before it is whatever the client chose to send. (Quarkus' own forwarding
 * takes the first entry, which a client could change on every request to escape the guard.) Elsewhere the header is
 * ignored and the TCP peer counts.
 */
@Singleton
public class ClientAddress {

    static final String X_FORWARDED_FOR = "X-Forwarded-For";
    /** Longer than any textual IP address; bounds what a key of the guard's table can cost. */
    private static final int MAX_LENGTH = 64;
    /** A connection without an IP peer (none over TCP): all such requests share one window. */
    static final String UNKNOWN = "unknown";

    private final boolean behindProxy;

    public ClientAddress(
            @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false")
            boolean proxyAddressForwarding,
            @ConfigProperty(name = "quarkus.http.proxy.allow-x-forwarded", defaultValue = "false")
            boolean allowXForwarded) {
        this.behindProxy = proxyAddressForwarding && allowXForwarded;
    }

    public String of(HttpServerRequest request) {
        if (behindProxy) {
            String forwardedFor = request.getHeader(X_FORWARDED_FOR);
            if (forwardedFor != null) {
                String appendedByProxy = forwardedFor.substring(forwardedFor.lastIndexOf(',') + 1).strip();
                if (!appendedByProxy.isEmpty()) {
                    return cap(appendedByProxy);
                }
            }
        }
        // With forwarding off this is the TCP peer; with it on and no header, Quarkus leaves the peer too.
        SocketAddress peer = request.remoteAddress();
        return peer == null || peer.hostAddress() == null ? UNKNOWN : cap(peer.hostAddress());
    }

    private static String cap(String address) {
        return address.length() > MAX_LENGTH ? address.substring(0, MAX_LENGTH) : address;
    }
}
