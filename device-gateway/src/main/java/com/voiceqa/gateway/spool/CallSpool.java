package com.voiceqa.gateway.spool;

import com.voiceqa.core.events.CallMetadata;
import com.voiceqa.core.id.CallKey;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import java.util.zip.CRC32C;

/**
 * The on-disk journal of one open call: {@code call.properties} (metadata), {@code audio.spool} (records of
 * {@code seq u32, length u32, CRC32C u32, bytes}) and, once the device ended the call, {@code ended}.
 *
 * <p>Invariants: records are appended in sequence order 1, 2, 3, ... with no gaps and no duplicates (the caller
 * checks {@code seq == appendedSequence() + 1}); {@link #durableSequence()} only grows and never exceeds
 * {@link #appendedSequence()}; after a crash {@link #recover} drops a torn tail (a record not completely written), so
 * the spool again holds records 1..n exactly once. Appends come from one thread at a time (the owning Netty channel);
 * {@link #sync} runs on the group-commit thread.
 */
public final class CallSpool {

    static final String METADATA = "call.properties";
    static final String AUDIO = "audio.spool";
    static final String ENDED = "ended";
    private static final int RECORD_HEADER = 12;
    /** Every file a spool writes, including the temporary names of {@link Durable#writeAtomically}. */
    private static final List<String> OWN_FILES = List.of(AUDIO, METADATA, ENDED, Durable.temporary(METADATA),
            Durable.temporary(ENDED));
    private static final Logger LOG = Logger.getLogger(CallSpool.class.getName());

    private final Path dir;
    private final CallMetadata metadata;
    private final FileChannel audio;
    private volatile long appendedSequence;
    private volatile long durableSequence;
    private volatile long audioBytes;
    private volatile boolean broken;
    private volatile boolean finished;

    private CallSpool(Path dir, CallMetadata metadata, FileChannel audio, long sequence, long audioBytes) {
        this.dir = dir;
        this.metadata = metadata;
        this.audio = audio;
        this.appendedSequence = sequence;
        this.durableSequence = sequence;
        this.audioBytes = audioBytes;
    }

    /**
     * Creates the spool directory and makes its metadata durable. The directory must not exist yet: a folder this
     * spool did not create (a spool that could not be recovered, or anything else) is never written into.
     */
    static CallSpool create(Path dir, CallMetadata metadata) throws IOException {
        Files.createDirectories(dir.getParent());
        Files.createDirectory(dir);
        Durable.writeAtomically(dir.resolve(METADATA), SpoolMetadata.encode(metadata));
        FileChannel audio = FileChannel.open(dir.resolve(AUDIO), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        audio.force(true);
        Durable.syncDirectory(dir);
        return new CallSpool(dir, metadata, audio, 0, 0);
    }

    /** Reopens a spool after a restart, truncating a torn last record; its metadata must name {@code key}. */
    static CallSpool recover(Path dir, CallKey key) throws IOException {
        CallMetadata metadata = SpoolMetadata.decode(Files.readString(dir.resolve(METADATA)));
        if (!metadata.key().equals(key)) {
            throw new IOException("the metadata names call " + metadata.key() + ", not the folder's " + key);
        }
        FileChannel audio = FileChannel.open(dir.resolve(AUDIO), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.READ);
        long[] scan = scan(audio, 0, 0, Long.MAX_VALUE, Long.MAX_VALUE, RecordVisitor.NONE);
        audio.truncate(scan[2]);
        audio.force(true);
        return new CallSpool(dir, metadata, audio, scan[0], scan[1]);
    }

    public CallMetadata metadata() {
        return metadata;
    }

    public long appendedSequence() {
        return appendedSequence;
    }

    public long durableSequence() {
        return durableSequence;
    }

    public long audioBytes() {
        return audioBytes;
    }

    /** When audio was last written (the file time, so it survives a restart). */
    public Instant lastWritten() {
        try {
            return Files.getLastModifiedTime(dir.resolve(AUDIO)).toInstant();
        } catch (IOException e) {
            return Instant.now();
        }
    }

    public boolean ended() {
        return Files.exists(dir.resolve(ENDED));
    }

    /** Appends record {@code seq}; on failure the spool is left as before or marked broken until a restart. */
    public void append(long seq, ByteBuffer data) throws IOException {
        if (broken) {
            throw new IOException("the spool of call " + metadata.key() + " failed earlier; restart the gateway");
        }
        if (seq != appendedSequence + 1) {
            throw new IllegalArgumentException("record " + seq + " after " + appendedSequence);
        }
        long start = audio.size();
        int length = data.remaining();
        CRC32C crc = new CRC32C();
        crc.update(data.duplicate());
        ByteBuffer header = ByteBuffer.allocate(RECORD_HEADER).putInt((int) seq).putInt(length)
                .putInt((int) crc.getValue()).flip();
        try {
            writeFully(header, start);
            writeFully(data, start + RECORD_HEADER);
        } catch (IOException e) {
            try {
                audio.truncate(start);
            } catch (IOException truncateFailed) {
                broken = true;
                e.addSuppressed(truncateFailed);
            }
            throw e;
        }
        audioBytes += length;
        appendedSequence = seq;
    }

    private void writeFully(ByteBuffer buf, long position) throws IOException {
        while (buf.hasRemaining()) {
            position += audio.write(buf, position);
        }
    }

    /** Makes every record appended so far durable (when {@code force}) and returns the durable sequence. */
    long sync(boolean force) throws IOException {
        long seq = appendedSequence;
        if (force && !finished) {
            try {
                audio.force(false);
            } catch (ClosedChannelException e) {
                if (!finished) {
                    throw e;
                }
                // finished meanwhile: markEnded forced every record already
            }
        }
        if (seq > durableSequence) {
            durableSequence = seq;
        }
        return durableSequence;
    }

    /** Records durably that the device ended the call, so a restart finishes the recording. */
    void markEnded() throws IOException {
        audio.force(false);
        durableSequence = appendedSequence;
        Durable.writeAtomically(dir.resolve(ENDED), new byte[0]);
    }

    /** Streams the audio records in order. */
    void readAudio(RecordVisitor visitor) throws IOException {
        scan(audio, 0, 0, Long.MAX_VALUE, Long.MAX_VALUE, visitor);
    }

    /** A reader of the records appended so far, from the first (see {@link SpoolReader}). */
    public SpoolReader reader() {
        return new SpoolReader(this);
    }

    /**
     * Reads the records after {@code sequence}, which ends at file offset {@code position}, up to record
     * {@code upTo} and stopping after the record that reaches {@code maxBytes} of audio. Reads only records this
     * spool appended ({@code upTo} at most {@link #appendedSequence()}): complete, since an append writes its whole
     * record before it counts it, so a record being written is never read.
     *
     * @return {last sequence read, its end offset}
     * @throws IOException when the spool was finished meanwhile (closed) or a record is unreadable
     */
    long[] read(long position, long sequence, long upTo, long maxBytes, RecordVisitor visitor) throws IOException {
        long last = Math.min(upTo, appendedSequence);
        long[] scan = scan(audio, position, sequence, last, maxBytes, visitor);
        if (scan[0] < last && scan[1] < maxBytes) {
            throw new IOException("record " + (scan[0] + 1) + " of call " + metadata.key() + " is unreadable");
        }
        return new long[] {scan[0], scan[2]};
    }

    /**
     * Deletes the files this spool writes, then its folder if that is empty now. Nothing else is touched: a file
     * someone else put there keeps the folder (logged), it is not deleted with it.
     */
    void deleteFiles() throws IOException {
        finished = true;
        audio.close();
        for (String name : OWN_FILES) {
            Files.deleteIfExists(dir.resolve(name));
        }
        try {
            Files.delete(dir);
        } catch (DirectoryNotEmptyException e) {
            LOG.warning("spool folder " + dir + " holds files the gateway did not write; left in place");
        }
    }

    /** Receives the payload of each valid record, in order. */
    interface RecordVisitor {
        RecordVisitor NONE = data -> { };

        void record(ByteBuffer data) throws IOException;
    }

    /**
     * Visits the valid records after {@code sequence} (ending at offset {@code position}) up to record {@code upTo},
     * stopping after the record that reaches {@code maxBytes} of audio; returns {last valid sequence, audio bytes
     * visited, end offset of the last valid record}.
     */
    private static long[] scan(FileChannel file, long position, long sequence, long upTo, long maxBytes,
                               RecordVisitor visitor) throws IOException {
        long bytes = 0;
        long size = file.size();
        ByteBuffer header = ByteBuffer.allocate(RECORD_HEADER);
        while (sequence < upTo && bytes < maxBytes && position + RECORD_HEADER <= size) {
            header.clear();
            file.read(header, position);
            header.flip();
            long seq = header.getInt() & 0xFFFF_FFFFL;
            int length = header.getInt();
            int crc = header.getInt();
            if (seq != sequence + 1 || length < 0 || position + RECORD_HEADER + length > size) {
                break;
            }
            ByteBuffer data = ByteBuffer.allocate(length);
            file.read(data, position + RECORD_HEADER);
            data.flip();
            CRC32C check = new CRC32C();
            check.update(data.duplicate());
            if ((int) check.getValue() != crc) {
                break;
            }
            visitor.record(data);
            sequence = seq;
            bytes += length;
            position += RECORD_HEADER + length;
        }
        return new long[] {sequence, bytes, position};
    }
}
