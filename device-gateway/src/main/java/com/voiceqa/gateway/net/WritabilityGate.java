package com.voiceqa.gateway.net;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * Stops reading from a peer that does not read our replies (outbound buffer above the channel's high water mark),
 * so a client that floods requests without reading answers cannot grow the server's memory.
 */
@ChannelHandler.Sharable
public final class WritabilityGate extends ChannelInboundHandlerAdapter {

    public static final WritabilityGate INSTANCE = new WritabilityGate();

    private WritabilityGate() {
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (ctx.channel().isWritable()) {
            ReadGate.release(ctx.channel(), ReadGate.Reason.PEER_NOT_READING);
        } else {
            ReadGate.hold(ctx.channel(), ReadGate.Reason.PEER_NOT_READING);
        }
        ctx.fireChannelWritabilityChanged();
    }
}
