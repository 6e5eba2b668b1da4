package com.voiceqa.gateway.spool;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an open call's spooled audio in order while the call goes on, for a queued call that is promoted to a live
 * transcription: the spool is the one copy of what was recorded, and this reader only ever reads records the spool
 * had completely appended. One thread at a time.
 */
public final class SpoolReader {

    private final CallSpool spool;
    private long sequence;
    private long position;

    SpoolReader(CallSpool spool) {
        this.spool = spool;
    }

    /**
     * The audio of the records after the last one read, up to the last one appended now, in records of at most
     * about {@code maxBytes} together (the record reaching it is whole); empty when none is new.
     *
     * @throws IOException when the call's spool was finished meanwhile or a record is unreadable
     */
    public List<byte[]> next(long maxBytes) throws IOException {
        List<byte[]> records = new ArrayList<>();
        long[] end = spool.read(position, sequence, spool.appendedSequence(), maxBytes, data -> {
            byte[] pcm = new byte[data.remaining()];
            data.get(pcm);
            records.add(pcm);
        });
        sequence = end[0];
        position = end[1];
        return records;
    }

    /** The last record read (records count from 1). */
    public long sequence() {
        return sequence;
    }
}
