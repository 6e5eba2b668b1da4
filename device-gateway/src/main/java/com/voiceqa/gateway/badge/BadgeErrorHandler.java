package com.voiceqa.gateway.badge;

import com.voiceqa.badge.BadgeFrame;
import com.voiceqa.badge.ErrorCode;
import com.voiceqa.badge.ProtocolException;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.timeout.ReadTimeoutException;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last handler of a badge pipeline: turns a {@link ProtocolException} into an ERROR frame (closing after a fatal
 * one), an idle connection into ERROR TIMEOUT, and anything else (a reset connection) into a quiet close.
 */
@ChannelHandler.Sharable
public final class BadgeErrorHandler extends ChannelInboundHandlerAdapter {

    public static final BadgeErrorHandler INSTANCE = new BadgeErrorHandler();
    private static final Logger LOG = Logger.getLogger(BadgeErrorHandler.class.getName());

    private BadgeErrorHandler() {
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Throwable error = cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
        if (error instanceof ReadTimeoutException) {
            error = new ProtocolException(ErrorCode.TIMEOUT, "no frame for too long; send HEARTBEAT while idle");
        }
        if (!(error instanceof ProtocolException pe)) {
            LOG.log(Level.FINE, "badge connection " + ctx.channel().remoteAddress() + " failed", error);
            ctx.close();
            return;
        }
        LOG.fine(() -> "badge " + ctx.channel().remoteAddress() + ": " + pe.code() + " " + pe.getMessage());
        if (!ctx.channel().isActive()) {
            return;
        }
        var write = ctx.writeAndFlush(BadgeFrame.error(pe.code(), pe.callId(), pe.getMessage()));
        if (pe.code().fatal()) {
            ctx.channel().config().setAutoRead(false);
            write.addListener(ChannelFutureListener.CLOSE);
        }
    }
}
