package com.voiceqa.bus.kafka.asr;

import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.AsrSession;
import com.voiceqa.asr.SessionClosedException;
import com.voiceqa.core.Segment;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.Transcript;
import com.voiceqa.core.TranscriptListener;
import com.voiceqa.core.audio.AudioChunk;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * One open call on a worker: its recognizer session, the next chunk it expects, and the offset of its first chunk
 * (where a replay of the call starts). Each final segment is handed to {@code publish} with its position as the
 * recognizer emits it; the same chunks give the same positions, which is what makes a replay's repeats droppable.
 */
final class CallDecoding implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CallDecoding.class.getName());

    private final String callId;
    private final long firstOffset;
    private final AsrSession session;
    private final AtomicLong positions = new AtomicLong();
    private long nextSequence = 1;

    /**
     * @param publishedBefore positions 0 to this minus one are on the segments topic already (a previous owner of
     *                        the partition published them): they are decoded again but not published
     */
    CallDecoding(String callId, long firstOffset, long publishedBefore, AsrEngine engine, StreamFormat format,
                 byte[] firstPcm, Consumer<SegmentRecord> publish) {
        this.callId = callId;
        this.firstOffset = firstOffset;
        this.session = engine.open(format, new TranscriptListener() {
            @Override
            public void onSegment(Segment segment) { // decoder threads, one turn at a time: positions stay in order
                long position = positions.get();
                if (position >= publishedBefore) {
                    publish.accept(new SegmentRecord.Utterance(callId, position, segment));
                }
                positions.set(position + 1); // only now: a commit never counts a segment not yet handed to Kafka
            }
        });
        feedBlocking(firstPcm);
    }

    /** Segments emitted so far, each handed to the publisher (or published before). */
    long emitted() {
        return positions.get();
    }

    long firstOffset() {
        return firstOffset;
    }

    /** Decodes the chunk unless it is a repeat (a device that resent it); a gap is logged and decoded past. */
    void feed(AudioChunk chunk) {
        if (chunk.sequence() < nextSequence) {
            return;
        }
        if (chunk.sequence() > nextSequence) {
            LOG.warning("call " + callId + " misses chunks " + nextSequence + " to " + (chunk.sequence() - 1)
                    + " in the audio log; decoding on without them");
        }
        nextSequence = chunk.sequence() + 1;
        feedBlocking(chunk.pcm());
    }

    private void feedBlocking(byte[] pcm) {
        try {
            session.feedBlocking(pcm, 0, pcm.length);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Decodes the rest, flushes the last utterance (published like the others) and returns the finished transcript
     * (a mono call's roles refined from the whole call, and the metrics); {@link #emitted()} then counts every segment.
     *
     * @throws TimeoutException when decoding takes longer than {@code timeout}
     * @throws SessionClosedException when the session failed or was closed (e.g. idle timeout) before its end
     */
    Transcript finish(Duration timeout) throws InterruptedException, TimeoutException {
        try {
            return session.finish().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) { // the session failed or was closed before its end
            throw new SessionClosedException("decoding call " + callId + " failed: " + e.getCause(), e.getCause());
        }
    }

    /** Drops the session without a result (the partition moved to another worker, or this one stops). */
    @Override
    public void close() {
        session.close();
    }
}
