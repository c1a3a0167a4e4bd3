package io.cloudsuite.commons.http;

import java.lang.reflect.Field;

import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.impl.HttpServerImpl;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.impl.TCPServerBase;

/**
 * Puts {@link StrictRequestDecoder} in place of Vert.x' HTTP/1.1 decoder on every connection the HTTP servers accept.
 *
 * <p>Neither Quarkus nor Vert.x 4.5 offers a hook on a new connection's Netty pipeline (Quarkus sets the one
 * connection handler itself, only for {@code quarkus.http.limits.max-connections}), so this reaches the listening
 * socket's own pipeline once the server has started: a handler ahead of Netty's acceptor sees each accepted
 * connection and, on its first bytes (its pipeline complete by then, no byte decoded yet), swaps the decoder. Only
 * connections accepted in the milliseconds between the server binding and this observer running keep the stock
 * decoder. A Vert.x upgrade that moves these internals fails the start ({@link IllegalStateException}) and the
 * abuse suite (AbuseTest), never silently.
 */
@Singleton
public class StrictHttpConnections {

    private static final Logger LOG = Logger.getLogger(StrictHttpConnections.class);
    private static final String HOOK = "suite-strict-http";
    private static final String DECODER = "httpDecoder";

    private final Vertx vertx;
    private final HttpLimitsConfig limits;

    public StrictHttpConnections(Vertx vertx, HttpLimitsConfig limits) {
        this.vertx = vertx;
        this.limits = limits;
    }

    void installed(@ObservesAsync HttpServerStart started) {
        for (HttpServerImpl server : ((VertxInternal) vertx).sharedHttpServers().values()) {
            Channel listening = listeningChannel(server);
            if (listening == null) {
                continue;
            }
            ChannelPipeline pipeline = listening.pipeline();
            synchronized (pipeline) {
                if (pipeline.get(HOOK) == null) {
                    pipeline.addFirst(HOOK, new AcceptedConnections(options(server)));
                    LOG.debugf("strict HTTP/1.1 decoding on %s", listening.localAddress());
                }
            }
        }
    }

    private static Channel listeningChannel(HttpServerImpl server) {
        try {
            Field bindFuture = TCPServerBase.class.getDeclaredField("bindFuture");
            bindFuture.setAccessible(true);
            Future<?> bound = (Future<?>) bindFuture.get(server);
            return bound != null && bound.succeeded() ? (Channel) bound.result() : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException(
                    "Vert.x' server internals changed: strict HTTP framing cannot be installed", e);
        }
    }

    private static HttpServerOptions options(HttpServerImpl server) {
        try {
            Field options = HttpServerImpl.class.getDeclaredField("options");
            options.setAccessible(true);
            return (HttpServerOptions) options.get(server);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException(
                    "Vert.x' server internals changed: strict HTTP framing cannot be installed", e);
        }
    }

    /** On the listening socket: each message read there is a newly accepted connection. */
    @ChannelHandler.Sharable
    private final class AcceptedConnections extends ChannelInboundHandlerAdapter {

        private final HttpServerOptions options;

        AcceptedConnections(HttpServerOptions options) {
            this.options = options;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object accepted) {
            if (accepted instanceof Channel connection) {
                connection.pipeline().addLast(HOOK, new DecoderSwap(options));
            }
            ctx.fireChannelRead(accepted);
        }
    }

    /** First on a connection's pipeline; swaps the decoder before the first byte reaches it, then leaves. */
    private final class DecoderSwap extends ChannelInboundHandlerAdapter {

        private final HttpServerOptions options;

        DecoderSwap(HttpServerOptions options) {
            this.options = options;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object bytes) {
            ChannelPipeline pipeline = ctx.pipeline();
            if (pipeline.get(DECODER) != null) {
                pipeline.replace(DECODER, DECODER, new StrictRequestDecoder(options, limits.headerReadTimeout()));
            }
            pipeline.remove(this);
            ctx.fireChannelRead(bytes);
        }
    }
}
