package com.voiceqa.gateway.net;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

import java.util.function.IntFunction;

/**
 * Counts decoded messages per one-second window and fails the channel above the limit: a flood of tiny frames
 * costs the server per frame, not per byte, so byte-based limits do not catch it.
 */
public final class FrameRateLimiter extends ChannelInboundHandlerAdapter {

    private final int maxPerSecond;
    private final IntFunction<RuntimeException> failure;
    private long windowStart = System.nanoTime();
    private int inWindow;

    /** @param failure builds the exception fired when the limit is exceeded (the listener's error handler maps it) */
    public FrameRateLimiter(int maxPerSecond, IntFunction<RuntimeException> failure) {
        this.maxPerSecond = maxPerSecond;
        this.failure = failure;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        long now = System.nanoTime();
        if (now - windowStart >= 1_000_000_000L) {
            windowStart = now;
            inWindow = 0;
        }
        if (++inWindow > maxPerSecond) {
            io.netty.util.ReferenceCountUtil.release(msg);
            throw failure.apply(maxPerSecond);
        }
        ctx.fireChannelRead(msg);
    }
}
