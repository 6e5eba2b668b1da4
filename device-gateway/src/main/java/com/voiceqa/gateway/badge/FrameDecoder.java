package com.voiceqa.gateway.badge;

import com.voiceqa.badge.BadgeFrame;
import com.voiceqa.badge.ErrorCode;
import com.voiceqa.badge.FrameFormat;
import com.voiceqa.badge.ProtocolException;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

import java.util.List;

/**
 * Bytes to {@link BadgeFrame}s. Rejects a bad header as soon as its 32 bytes are in (before buffering any payload),
 * so a hostile length never makes the server allocate; rejects a frame that takes longer than {@code frameTimeout}
 * to arrive (slow loris). After an error the stream cannot be resynchronised: the rest of the input is discarded and
 * the {@link ProtocolException} travels to the error handler, which answers ERROR and closes.
 */
public final class FrameDecoder extends ByteToMessageDecoder {

    private final int maxPayload;
    private final long frameTimeoutNanos;
    private FrameFormat.Header header;
    private long partialSince = -1;
    private boolean failed;

    public FrameDecoder(int maxPayload, long frameTimeoutNanos) {
        this.maxPayload = maxPayload;
        this.frameTimeoutNanos = frameTimeoutNanos;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        if (failed) {
            in.skipBytes(in.readableBytes());
            return;
        }
        try {
            decodeFrames(in, out);
        } catch (ProtocolException e) {
            failed = true;
            in.skipBytes(in.readableBytes());
            throw e;
        }
    }

    private void decodeFrames(ByteBuf in, List<Object> out) {
        int before = out.size();
        while (true) {
            if (header == null) {
                if (in.readableBytes() < FrameFormat.HEADER_BYTES) {
                    break;
                }
                byte[] bytes = new byte[FrameFormat.HEADER_BYTES];
                in.readBytes(bytes);
                header = FrameFormat.parseHeader(bytes, maxPayload);
            }
            if (in.readableBytes() < header.payloadLength()) {
                break;
            }
            byte[] payload = new byte[header.payloadLength()];
            in.readBytes(payload);
            out.add(FrameFormat.complete(header, payload));
            header = null;
        }
        trackPartialFrame(in, out.size() > before);
    }

    private void trackPartialFrame(ByteBuf in, boolean completedAFrame) {
        boolean partial = header != null || in.isReadable();
        if (!partial) {
            partialSince = -1;
            return;
        }
        long now = System.nanoTime();
        if (partialSince < 0 || completedAFrame) {
            partialSince = now;
        } else if (now - partialSince > frameTimeoutNanos) {
            throw new ProtocolException(ErrorCode.TIMEOUT, "a frame took longer than "
                    + frameTimeoutNanos / 1_000_000_000 + " s to arrive; send whole frames");
        }
    }
}
