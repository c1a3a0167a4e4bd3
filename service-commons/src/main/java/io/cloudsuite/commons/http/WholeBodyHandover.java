package io.cloudsuite.commons.http;

import java.io.ByteArrayInputStream;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * Hands the body {@link WholeRequestGate} read to the REST layer. Without it, an operation that runs on the event loop
 * would find the request already ended and read an empty body.
 */
public class WholeBodyHandover {

    @ServerRequestFilter
    public void handOver(ContainerRequestContext request, RoutingContext context) {
        Buffer body = context.body().buffer();
        if (body != null) {
            request.setEntityStream(new ByteArrayInputStream(body.getBytes()));
        }
    }
}
