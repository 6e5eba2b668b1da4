package com.voiceqa.gateway.ws;

import com.voiceqa.gateway.net.PolicyViolation;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.timeout.ReadTimeoutException;

import java.util.logging.Level;
import java.util.logging.Logger;

/** The last handler of a WebSocket pipeline: every failure ends in a close frame with a reason, then a close. */
@ChannelHandler.Sharable
public final class WebSocketErrorHandler extends ChannelInboundHandlerAdapter {

    public static final WebSocketErrorHandler INSTANCE = new WebSocketErrorHandler();
    private static final Logger LOG = Logger.getLogger(WebSocketErrorHandler.class.getName());

    private WebSocketErrorHandler() {
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        WebSocketCloseStatus status;
        if (cause instanceof PolicyViolation violation) {
            status = new WebSocketCloseStatus(violation.closeCode(), violation.getMessage());
        } else if (cause instanceof ReadTimeoutException) {
            status = new WebSocketCloseStatus(WebSocketCloseStatus.ENDPOINT_UNAVAILABLE.code(), "idle for too long");
        } else {
            LOG.log(Level.FINE, "WebSocket " + ctx.channel().remoteAddress() + " failed", cause);
            status = WebSocketCloseStatus.INTERNAL_SERVER_ERROR;
        }
        close(ctx, status);
    }

    /** Sends a close frame (reason cut to the 123 bytes a close frame allows) and closes the connection. */
    static void close(ChannelHandlerContext ctx, WebSocketCloseStatus status) {
        if (status.reasonText().length() > 100) {
            status = new WebSocketCloseStatus(status.code(), status.reasonText().substring(0, 100));
        }
        LingeringClose.close(ctx, status);
    }
}
