package com.voiceqa.gateway.call;

import com.voiceqa.asr.AsrSession;
import com.voiceqa.core.PartialResult;
import com.voiceqa.core.Segment;
import com.voiceqa.core.TranscriptListener;
import com.voiceqa.core.events.CallEvent;
import com.voiceqa.core.events.CallEventBus;
import com.voiceqa.core.events.CallMetadata;
import com.voiceqa.gateway.spool.CallSpool;
import com.voiceqa.gateway.spool.Recording;
import com.voiceqa.gateway.spool.SpoolStore;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An open call: its spool, its live ASR session (absent when ASR is off or after a restart recovered the call) and
 * the transcript listener of the connection streaming it. Audio is appended by the one connection that currently
 * owns the call; ownership moves when a device resumes on a new connection.
 */
public final class LiveCall {

    private final SpoolStore store;
    private final CallSpool spool;
    private final AsrSession asr;
    private final AtomicLong lastAcknowledged = new AtomicLong();
    private volatile Object owner;
    /** When a connection last attached, detached or appended (wall clock, comparable with file times). */
    private volatile Instant lastActivity;
    private volatile TranscriptListener tap = TranscriptListener.NONE;
    private volatile boolean asrLost;
    private final boolean transcriptionQueued;
    private final CompletableFuture<CallEvent.Ended> ended = new CompletableFuture<>();
    private CompletableFuture<Recording> ending;

    /**
     * @param transcriptionQueued the engine had no live capacity when the call started: it is recorded now and
     *                            transcribed from its recording once capacity frees
     */
    LiveCall(SpoolStore store, CallSpool spool, Optional<AsrOpener> asr, CallEventBus events,
             boolean transcriptionQueued) {
        this.store = store;
        this.transcriptionQueued = transcriptionQueued;
        this.spool = spool;
        this.asr = asr.map(opener -> opener.open(this, events)).orElse(null);
        this.lastAcknowledged.set(spool.durableSequence());
        this.lastActivity = spool.lastWritten();
    }

    /** Opens the live ASR session of a call; see {@link CallRegistry}. */
    interface AsrOpener {
        AsrSession open(LiveCall call, CallEventBus events);
    }

    public CallMetadata metadata() {
        return spool.metadata();
    }

    public CallSpool spool() {
        return spool;
    }

    /** The live ASR session, unless there is none or the engine closed it mid-call. */
    Optional<AsrSession> liveAsr() {
        return asrLost ? Optional.empty() : Optional.ofNullable(asr);
    }

    /** Whether the call is recorded without live transcription, waiting for capacity (see the constructor). */
    public boolean transcriptionQueued() {
        return transcriptionQueued;
    }

    /** The connection streaming this call (any identity object), or null between connections. */
    public Object owner() {
        return owner;
    }

    /** Makes {@code connection} the owner; false when the call is already ending (expired meanwhile). */
    public synchronized boolean attach(Object connection) {
        if (ending != null) {
            return false;
        }
        owner = connection;
        lastActivity = Instant.now();
        return true;
    }

    /** Forgets the owner if it is still {@code connection}. */
    public synchronized void detach(Object connection) {
        if (owner == connection) {
            owner = null;
            lastActivity = Instant.now();
        }
    }

    /** No connection owns the call and none did since {@code cutoff}: the device left it without ending it. */
    synchronized boolean abandonedBefore(Instant cutoff) {
        return owner == null && ending == null && lastActivity.isBefore(cutoff);
    }

    /** Receives this call's partials and segments besides the event bus (the WebSocket replies with them). */
    public void tap(TranscriptListener listener) {
        this.tap = listener;
    }

    /** What became of a chunk offered with {@link #append}. */
    public enum Appended {
        /** Stored (not yet durable: wait for the group commit) and fed to the ASR. */
        STORED,
        /** Stored, and the ASR's backlog is high: pause reading until {@link #whenAsrWritable} runs. */
        STORED_ASR_BUSY,
        /** Already stored earlier (a resend after a reconnect); dropped. */
        DUPLICATE,
        /** Beyond the next expected sequence; dropped, the device must resume. */
        GAP,
        /** Another connection took the call over (the device resumed elsewhere); dropped. */
        NOT_OWNER
    }

    /**
     * Appends chunk {@code seq} when it is the next one and {@code connection} owns the call, then feeds it to the
     * live ASR. Synchronized so that two connections of one device racing on a call cannot interleave records.
     *
     * @throws IOException when the spool cannot store it (nothing may be acknowledged then)
     */
    public synchronized Appended append(Object connection, long seq, byte[] pcm) throws IOException {
        if (owner != connection) {
            return Appended.NOT_OWNER;
        }
        long expected = spool.appendedSequence() + 1;
        if (seq < expected) {
            return Appended.DUPLICATE;
        }
        if (seq > expected) {
            return Appended.GAP;
        }
        store.append(spool, seq, ByteBuffer.wrap(pcm));
        lastActivity = Instant.now();
        if (asr == null || asrLost) {
            return Appended.STORED;
        }
        try {
            return asr.feed(pcm, 0, pcm.length) ? Appended.STORED : Appended.STORED_ASR_BUSY;
        } catch (IllegalStateException e) {
            // the engine closed the session (idle while the device was away); the recording is transcribed whole
            asrLost = true;
            return Appended.STORED;
        }
    }

    public void whenAsrWritable(Runnable action) {
        if (asr == null || asrLost) {
            action.run();
        } else {
            asr.whenWritable(action);
        }
    }

    /** Moves the acknowledged sequence forward; true when {@code durable} is news to the device. */
    public boolean advanceAcknowledged(long durable) {
        return lastAcknowledged.getAndAccumulate(durable, Math::max) < durable;
    }

    /** Completes with the call's {@link CallEvent.Ended} once it is published (transcript included). */
    public CompletableFuture<CallEvent.Ended> whenEnded() {
        return ended;
    }

    synchronized CompletableFuture<Recording> ending() {
        return ending;
    }

    synchronized void ending(CompletableFuture<Recording> future) {
        this.ending = future;
    }

    TranscriptListener listener(CallEventBus events) {
        return new TranscriptListener() {
            @Override
            public void onPartial(PartialResult partial) {
                events.publish(new CallEvent.Partial(metadata(), partial));
                tap.onPartial(partial);
            }

            @Override
            public void onSegment(Segment segment) {
                events.publish(new CallEvent.FinalSegment(metadata(), segment));
                tap.onSegment(segment);
            }
        };
    }
}
