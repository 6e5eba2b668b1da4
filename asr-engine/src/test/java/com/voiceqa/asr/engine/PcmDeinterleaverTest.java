package com.voiceqa.asr.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PcmDeinterleaverTest {

    @Test
    void chunksOfAnySizeGiveTheSameSamples() {
        int frames = 1000;
        byte[] pcm = new byte[frames * 4];
        for (int i = 0; i < frames; i++) {
            short left = (short) (i * 31 - 15000);
            short right = (short) (-i * 17 + 9000);
            pcm[4 * i] = (byte) left;
            pcm[4 * i + 1] = (byte) (left >> 8);
            pcm[4 * i + 2] = (byte) right;
            pcm[4 * i + 3] = (byte) (right >> 8);
        }
        for (int chunk : new int[] {1, 3, 5, 7, 4, 333, 4000}) {
            PcmDeinterleaver deinterleaver = new PcmDeinterleaver(2);
            List<Float> left = new ArrayList<>();
            List<Float> right = new ArrayList<>();
            for (int at = 0; at < pcm.length; at += chunk) {
                int length = Math.min(chunk, pcm.length - at);
                int expected = deinterleaver.framesIn(length);
                float[][] out = new float[2][Math.max(1, expected)];
                int got = deinterleaver.split(pcm, at, length, out);
                assertEquals(expected, got);
                for (int i = 0; i < got; i++) {
                    left.add(out[0][i]);
                    right.add(out[1][i]);
                }
            }
            assertEquals(frames, left.size(), "chunk " + chunk);
            for (int i = 0; i < frames; i++) {
                assertEquals((short) (i * 31 - 15000), left.get(i), "left " + i + " chunk " + chunk);
                assertEquals((short) (-i * 17 + 9000), right.get(i), "right " + i + " chunk " + chunk);
            }
        }
    }
}
