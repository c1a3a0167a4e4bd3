package io.cloudsuite.commons.client;

import java.net.URI;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The base of every absolute link and {@code Location} the REST layer writes. Behind the load balancer, which ends
 * TLS, the scheme and port are the ones the load balancer sets ({@code X-Forwarded-Proto}, {@code X-Forwarded-Port});
 * the host is always the request's own {@code Host}, or the whole base is {@code suite.public-base-url} when set.
 * Quarkus' own proxy forwarding is off: it would also trust {@code X-Forwarded-Host} and {@code -Prefix}, which the
 * load balancer neither sets nor strips (a client would choose the host of every {@code Location}), and it answers
 * a malformed {@code X-Forwarded-For} with an empty 400 before any route can answer problem+json.
 */
@Provider
@PreMatching
public class ForwardedBaseUri implements ContainerRequestFilter {

    private final ClientAddresses clients;
    private final Optional<URI> publicBaseUrl;

    public ForwardedBaseUri(
            ClientAddresses clients, @ConfigProperty(name = "suite.public-base-url") Optional<URI> publicBaseUrl) {
        this.clients = clients;
        this.publicBaseUrl = publicBaseUrl;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        URI own = request.getUriInfo().getBaseUri();
        URI base;
        if (publicBaseUrl.isPresent()) {
            base = publicBaseUrl.get();
        } else if (clients.trustedHops() > 0) {
            String scheme = Optional.ofNullable(request.getHeaderString("X-Forwarded-Proto"))
                    .map(String::strip)
                    .filter(proto -> proto.equals("https") || proto.equals("http"))
                    .orElse(own.getScheme());
            int port = Optional.ofNullable(request.getHeaderString("X-Forwarded-Port"))
                    .map(String::strip)
                    .filter(value -> value.matches("[0-9]{1,5}"))
                    .map(Integer::parseInt)
                    .filter(value -> value > 0 && value <= 65_535)
                    .orElse(own.getPort());
            boolean defaultPort =
                    port == -1 || ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
            base = URI.create(scheme + "://" + own.getHost() + (defaultPort ? "" : ":" + port) + own.getRawPath());
        } else {
            return;
        }
        if (base.equals(own)) {
            return;
        }
        URI relative = own.relativize(request.getUriInfo().getRequestUri());
        String baseText = base.toString().endsWith("/") ? base.toString() : base + "/";
        request.setRequestUri(URI.create(baseText), URI.create(baseText).resolve(relative));
    }
}
