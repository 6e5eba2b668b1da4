package com.voiceqa.gateway.ws;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.util.ReferenceCountUtil;

import java.util.concurrent.TimeUnit;

/**
 * Ends a WebSocket connection the way a client can still read why: the close frame goes out, then (over plain TCP)
 * the gateway's half of the connection is shut, and whatever the client still sends is read and dropped until the
 * client closes (its end of stream closes the channel: half-closure is not allowed) or {@link #LINGER_MILLIS} pass.
 *
 * <p>Why not close at once: a socket closed with unread bytes in its receive buffer is reset, not closed, and a reset
 * can make the client's system discard the close frame before the client reads it. A phone that sent audio right
 * behind a refused config then hears nothing, not the reason it was refused.
 *
 * <p>Sits first in the pipeline once installed, so nothing it drops reaches TLS, the WebSocket decoder or the session.
 */
final class LingeringClose extends ChannelInboundHandlerAdapter {

    static final long LINGER_MILLIS = 2_000;
    private static final String NAME = "lingeringClose";

    private LingeringClose() {
    }

    /** Sends the close frame and lingers; a second call (a later failure of the same connection) only closes. */
    static void close(ChannelHandlerContext ctx, WebSocketCloseStatus status) {
        if (ctx.pipeline().get(NAME) != null || !ctx.channel().isActive()) {
            ctx.close();
            return;
        }
        ctx.pipeline().addFirst(NAME, new LingeringClose());
        ctx.channel().config().setAutoRead(true);
        ctx.writeAndFlush(new CloseWebSocketFrame(status)).addListener((ChannelFutureListener) sent -> {
            if (!sent.isSuccess()) {
                sent.channel().close();
            } else if (sent.channel() instanceof DuplexChannel duplex && sent.channel().pipeline().get("tls") == null) {
                // Under TLS a bare FIN would cut the session without close_notify: the client closes instead.
                duplex.shutdownOutput();
            }
        });
        ctx.executor().schedule(() -> ctx.channel().close(), LINGER_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ReferenceCountUtil.release(msg);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
