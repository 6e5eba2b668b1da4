package com.voiceqa.rules.semantic;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;

/**
 * Embeddings already computed, kept on disk so that training and cross-validation encode each distinct text once:
 * encoding is minutes, fitting the heads seconds. One file per encoder, {@code <dir>/<encoder>.vectors}, so a
 * different encoder never reads another's vectors; the key of a text is the first 16 bytes of the SHA-256 of its
 * UTF-8 form (a collision among a few hundred thousand texts has a probability of about 10⁻²⁸).
 *
 * <p>The file is a sequence of records {@code key (16 bytes), dimensions (int), floats}, appended as texts are
 * encoded. A process killed while writing leaves at most one partial record at the end, which the next open ignores
 * and overwrites. Thread-safe; one process at a time may append to a file.
 */
public final class EmbeddingCache implements AutoCloseable {

    private static final int FLUSH_EVERY = 256;

    private final Path file;
    private final Map<Key, float[]> vectors = new HashMap<>();
    private final DataOutputStream out;
    private int unflushed;

    private record Key(long high, long low) {
    }

    private EmbeddingCache(Path file) throws IOException {
        this.file = file;
        long valid = load();
        if (Files.exists(file) && Files.size(file) > valid) {
            try (var channel = Files.newByteChannel(file, StandardOpenOption.WRITE)) {
                channel.truncate(valid); // a partial record from a killed run
            }
        }
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND), 1 << 16));
    }

    /** The cache of {@code encoderName} in {@code dir} (created if missing). */
    public static EmbeddingCache open(Path dir, String encoderName) throws IOException {
        if (!encoderName.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("encoder name '" + encoderName + "' cannot name a cache file");
        }
        Files.createDirectories(dir);
        return new EmbeddingCache(dir.resolve(encoderName + ".vectors"));
    }

    public Path file() {
        return file;
    }

    public synchronized int size() {
        return vectors.size();
    }

    public synchronized float[] get(String text) {
        return vectors.get(key(text));
    }

    public synchronized void put(String text, float[] vector) {
        Key key = key(text);
        if (vectors.putIfAbsent(key, vector) != null) {
            return;
        }
        try {
            out.writeLong(key.high());
            out.writeLong(key.low());
            out.writeInt(vector.length);
            for (float x : vector) {
                out.writeFloat(x);
            }
            if (++unflushed >= FLUSH_EVERY) {
                out.flush();
                unflushed = 0;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the embedding cache " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads every complete record; returns the length of the file they make up. */
    private long load() throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        long valid = 0;
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 16))) {
            while (true) {
                Key key = new Key(in.readLong(), in.readLong());
                int dims = in.readInt();
                if (dims <= 0 || dims > 65_536) {
                    break; // not a record this class wrote: keep what came before it
                }
                float[] v = new float[dims];
                for (int i = 0; i < dims; i++) {
                    v[i] = in.readFloat();
                }
                vectors.put(key, v);
                valid += 20 + 4L * dims;
            }
        } catch (EOFException end) {
            // the end of the file, or of a partial last record
        }
        return valid;
    }

    private static Key key(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return new Key(java.nio.ByteBuffer.wrap(h, 0, 8).getLong(), java.nio.ByteBuffer.wrap(h, 8, 8).getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
