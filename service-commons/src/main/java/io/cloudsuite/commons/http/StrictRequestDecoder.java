package io.cloudsuite.commons.http;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.impl.VertxHttpRequestDecoder;

/**
 * Vert.x' HTTP/1.1 request decoder with two things the stock one lacks, both decided before any route runs:
 * <ul>
 * <li>a request carrying both {@code Transfer-Encoding: chunked} and {@code Content-Length} is marked
 * ({@link #framingConflict}) so that {@link WholeRequestGate} refuses it with 400 and closes the connection. The stock
 * decoder silently drops the Content-Length field (netty/netty#16721), leaving nothing for a route to see;</li>
 * <li>after such a request, or one with a transfer coding other than chunked (501 at the gate), nothing more is
 * decoded on the connection;</li>
 * <li>a header section must be complete within {@code suite.http.header-read-timeout} of its first byte, or the
 * connection is closed: a client that opens connections and never finishes a request cannot hold them forever.</li>
 * </ul>
 * One instance per connection, installed by {@link StrictHttpConnections}.
 */
final class StrictRequestDecoder extends VertxHttpRequestDecoder {

    private final long headerTimeoutMillis;
    /**
     * True once a request's framing is ambiguous: where its body ends, and so where a next request would start, is
     * unknown. Nothing more is decoded on the connection (the gate answers and closes it), so a request hidden in the
     * body can never be dispatched, even pipelined behind the refused one.
     */
    private boolean discarding;
    /** True between requests: the next byte starts a header section. */
    private boolean awaitingHead = true;

    private ScheduledFuture<?> headDeadline;

    StrictRequestDecoder(HttpServerOptions options, Duration headerTimeout) {
        super(options);
        this.headerTimeoutMillis = headerTimeout.toMillis();
    }

    /** True for a request the decoder took as chunked although it also declared a Content-Length. */
    static boolean framingConflict(DecoderResult result) {
        return result instanceof FramingConflict;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf buffer, List<Object> out) throws Exception {
        if (discarding) {
            buffer.skipBytes(buffer.readableBytes());
            return;
        }
        if (awaitingHead && headDeadline == null && buffer.isReadable()) {
            headDeadline = ctx.executor()
                    .schedule(
                            () -> {
                                ctx.close();
                            },
                            headerTimeoutMillis,
                            TimeUnit.MILLISECONDS);
        }
        int before = out.size();
        super.decode(ctx, buffer, out);
        for (int i = before; i < out.size(); i++) {
            Object message = out.get(i);
            if (message instanceof HttpRequest request) {
                awaitingHead = false;
                cancelDeadline();
                List<String> codings = request.headers().getAll(HttpHeaderNames.TRANSFER_ENCODING);
                // The last case: an HTTP/1.0 request, where the codec keeps both fields.
                discarding = framingConflict(request.decoderResult())
                        || WholeRequestGate.unsupportedCoding(codings)
                        || !codings.isEmpty() && request.headers().contains(HttpHeaderNames.CONTENT_LENGTH);
            }
            if (message instanceof LastHttpContent) {
                awaitingHead = true;
            }
        }
    }

    @Override
    protected void handleTransferEncodingChunkedWithContentLength(HttpMessage message) {
        super.handleTransferEncodingChunkedWithContentLength(message);
        message.setDecoderResult(new FramingConflict());
    }

    @Override
    protected void handlerRemoved0(ChannelHandlerContext ctx) throws Exception {
        cancelDeadline();
        super.handlerRemoved0(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        cancelDeadline();
        super.channelInactive(ctx);
    }

    private void cancelDeadline() {
        if (headDeadline != null) {
            headDeadline.cancel(false);
            headDeadline = null;
        }
    }

    /** A successful decoding (the request goes on to the routes) that the gate recognises and refuses. */
    private static final class FramingConflict extends DecoderResult {
        FramingConflict() {
            super(SIGNAL_SUCCESS);
        }
    }
}
