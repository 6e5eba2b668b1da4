package com.voiceqa.gateway.ws;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection that has not become a WebSocket within the handshake timeout of connecting. Netty's own
 * handshake timeout starts only once an upgrade request arrived, so without this a silent connection would hold its
 * slot for the whole idle timeout. Sits after the protocol handler, whose upgrade event it waits for, and removes
 * itself then.
 */
final class UpgradeDeadline extends ChannelInboundHandlerAdapter {

    private final Duration timeout;
    private ScheduledFuture<?> deadline;

    UpgradeDeadline(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        deadline = ctx.executor().schedule(() -> ctx.close(), timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        deadline.cancel(false);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
            ctx.pipeline().remove(this);
        }
        ctx.fireUserEventTriggered(event);
    }
}
