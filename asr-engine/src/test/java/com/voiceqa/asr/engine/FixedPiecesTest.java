package com.voiceqa.asr.engine;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The recognizers' pieces do not depend on the chunks the audio came in. */
class FixedPiecesTest {

    @Test
    void theSameStreamInOtherChunksGivesTheSamePieces() {
        byte[] stream = new byte[1000];
        for (int i = 0; i < stream.length; i++) {
            stream[i] = (byte) i;
        }
        List<byte[]> oneChunk = pieces(stream, 1000);
        assertEquals(List.of(64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 40),
                oneChunk.stream().map(p -> p.length).toList());
        for (int chunk : new int[] {1, 7, 64, 100, 333}) {
            List<byte[]> other = pieces(stream, chunk);
            assertEquals(oneChunk.size(), other.size(), "chunks of " + chunk);
            for (int i = 0; i < other.size(); i++) {
                assertArrayEquals(oneChunk.get(i), other.get(i), "piece " + i + " from chunks of " + chunk);
            }
        }
    }

    private static List<byte[]> pieces(byte[] stream, int chunkBytes) {
        FixedPieces cutter = new FixedPieces(64);
        List<byte[]> out = new ArrayList<>();
        FixedPieces.Sink sink = (bytes, offset, length) -> {
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            copy.write(bytes, offset, length);
            out.add(copy.toByteArray());
        };
        for (int at = 0; at < stream.length; at += chunkBytes) {
            cutter.accept(java.util.Arrays.copyOfRange(stream, at, Math.min(stream.length, at + chunkBytes)), sink);
        }
        cutter.flush(sink);
        return out;
    }
}
