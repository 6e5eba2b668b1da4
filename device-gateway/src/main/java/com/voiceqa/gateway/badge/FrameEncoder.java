package com.voiceqa.gateway.badge;

import com.voiceqa.badge.BadgeFrame;
import com.voiceqa.badge.FrameFormat;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;

/** {@link BadgeFrame}s to bytes. Stateless, shared by all badge channels. */
@ChannelHandler.Sharable
public final class FrameEncoder extends MessageToByteEncoder<BadgeFrame> {

    public static final FrameEncoder INSTANCE = new FrameEncoder();

    private FrameEncoder() {
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, BadgeFrame frame, ByteBuf out) {
        out.writeBytes(FrameFormat.encode(frame));
    }
}
