package com.voiceqa.gateway;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/** Audio for the tests: deterministic pseudo-random PCM chunks (every byte matters when comparing) and helpers. */
final class TestAudio {

    private TestAudio() {
    }

    static List<byte[]> chunks(long seed, int count, int bytes) {
        Random random = new Random(seed);
        List<byte[]> chunks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] chunk = new byte[bytes];
            random.nextBytes(chunk);
            chunks.add(chunk);
        }
        return chunks;
    }

    static byte[] concat(List<byte[]> chunks) {
        int total = chunks.stream().mapToInt(c -> c.length).sum();
        byte[] all = new byte[total];
        int at = 0;
        for (byte[] c : chunks) {
            System.arraycopy(c, 0, all, at, c.length);
            at += c.length;
        }
        return all;
    }

    static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    /** The PCM bytes of a WAV file's data chunk. */
    static byte[] pcmOf(Path wav) throws IOException {
        ByteBuffer file = ByteBuffer.wrap(Files.readAllBytes(wav)).order(ByteOrder.LITTLE_ENDIAN);
        file.position(12);
        while (file.remaining() >= 8) {
            byte[] id = new byte[4];
            file.get(id);
            int size = file.getInt();
            if (new String(id, StandardCharsets.US_ASCII).equals("data")) {
                return Arrays.copyOfRange(file.array(), file.position(), file.position() + Math.min(size, file.remaining()));
            }
            file.position(file.position() + size + (size & 1));
        }
        throw new IOException(wav + " has no data chunk");
    }

}
