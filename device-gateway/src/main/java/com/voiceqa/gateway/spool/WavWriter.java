package com.voiceqa.gateway.spool;

import com.voiceqa.core.StreamFormat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Writes a spool's records as a 16-bit PCM WAV (canonical 44-byte header) and reads recordings back. */
public final class WavWriter {

    static final int HEADER_BYTES = 44;

    private WavWriter() {
    }

    static Recording write(CallSpool spool, Path wav) throws IOException {
        Path tmp = wav.resolveSibling(wav.getFileName() + ".tmp");
        MessageDigest sha = sha256();
        long bytes = spool.audioBytes();
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            writeFully(out, header(spool.metadata().format(), bytes));
            spool.readAudio(data -> {
                sha.update(data.duplicate());
                writeFully(out, data);
            });
            out.force(true);
        }
        Files.move(tmp, wav, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Durable.syncDirectory(wav.getParent());
        return new Recording(wav, bytes, sha.digest());
    }

    /** Reads back a recording written here: its PCM size and SHA-256. */
    public static Recording describe(Path wav) throws IOException {
        MessageDigest sha = sha256();
        long bytes = 0;
        try (InputStream in = Files.newInputStream(wav)) {
            in.skipNBytes(HEADER_BYTES);
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                sha.update(buf, 0, n);
                bytes += n;
            }
        }
        return new Recording(wav, bytes, sha.digest());
    }

    static ByteBuffer header(StreamFormat format, long dataBytes) {
        int channels = format.channels();
        int rate = format.sampleRate();
        return ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN)
                .put("RIFF".getBytes()).putInt((int) Math.min(36 + dataBytes, 0xFFFF_FFFFL))
                .put("WAVE".getBytes())
                .put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) channels)
                .putInt(rate).putInt(rate * 2 * channels).putShort((short) (2 * channels)).putShort((short) 16)
                .put("data".getBytes()).putInt((int) Math.min(dataBytes, 0xFFFF_FFFFL))
                .flip();
    }

    private static void writeFully(FileChannel out, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            out.write(buf);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
