package com.voiceqa.gateway;

import com.voiceqa.badge.BadgeFrame;
import com.voiceqa.badge.FrameFormat;
import com.voiceqa.badge.FrameType;
import com.voiceqa.badge.ProtocolException;
import com.voiceqa.gateway.badge.FrameDecoder;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Randomized input to the frame decoder (fixed seed, so failures reproduce): valid frames split at random points,
 * mutated frames and pure noise. The decoder must emit exactly the frames that were sent intact, reject everything
 * else with a {@link ProtocolException}, and never throw anything else.
 */
class FrameDecoderFuzzTest {

    private static final int ITERATIONS = 20_000;
    private static final int MAX_PAYLOAD = 4096;

    @Test
    void decoderSurvivesRandomInput() {
        Random random = new Random(0x5651_2026L);
        int emitted = 0;
        int rejected = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            BadgeFrame original = randomFrame(random);
            byte[] bytes = FrameFormat.encode(original);
            int mode = random.nextInt(4);
            boolean intact = mode == 0;
            if (mode == 1) {
                int flips = 1 + random.nextInt(4);
                for (int f = 0; f < flips; f++) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                }
            } else if (mode == 2) {
                bytes = new byte[random.nextInt(200)];
                random.nextBytes(bytes);
            } else if (mode == 3) {
                bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            }
            Object result = feed(bytes, random);
            if (result instanceof BadgeFrame frame) {
                emitted++;
                assertArrayEquals(FrameFormat.encode(frame), bytes, "an emitted frame is exactly the bytes sent");
                if (intact) {
                    assertArrayEquals(original.payload(), frame.payload());
                }
            } else if (result instanceof ProtocolException) {
                rejected++;
                assertTrue(!intact, "an intact frame was rejected at iteration " + i);
            } else if (intact) {
                fail("an intact frame was not decoded at iteration " + i);
            }
        }
        assertTrue(emitted > ITERATIONS / 5 && rejected > ITERATIONS / 5,
                "both paths exercised: " + emitted + " emitted, " + rejected + " rejected");
    }

    /** Feeds bytes in random slices; returns the frame, the ProtocolException, or null when incomplete. */
    private static Object feed(byte[] bytes, Random random) {
        EmbeddedChannel channel = new EmbeddedChannel(new FrameDecoder(MAX_PAYLOAD, Long.MAX_VALUE));
        try {
            int at = 0;
            while (at < bytes.length) {
                int n = 1 + random.nextInt(bytes.length - at);
                channel.writeInbound(Unpooled.wrappedBuffer(bytes, at, n));
                at += n;
            }
            Object frame = channel.readInbound();
            return frame;
        } catch (DecoderException e) {
            if (e.getCause() instanceof ProtocolException pe) {
                return pe;
            }
            throw e;
        } finally {
            channel.finishAndReleaseAll();
        }
    }

    private static BadgeFrame randomFrame(Random random) {
        FrameType[] types = FrameType.values();
        byte[] payload = new byte[random.nextInt(MAX_PAYLOAD / 4)];
        random.nextBytes(payload);
        UUID callId = random.nextBoolean() ? BadgeFrame.NO_CALL : new UUID(random.nextLong(), random.nextLong());
        return new BadgeFrame(types[random.nextInt(types.length)], callId, random.nextLong() & 0xFFFF_FFFFL, payload);
    }
}
