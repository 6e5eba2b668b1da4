package com.voiceqa.gateway.call;

import com.voiceqa.asr.AsrSession;
import com.voiceqa.core.PartialResult;
import com.voiceqa.core.Segment;
import com.voiceqa.core.TranscriptListener;
import com.voiceqa.core.audio.AudioChunk;
import com.voiceqa.core.audio.AudioLog;
import com.voiceqa.core.events.CallEvent;
import com.voiceqa.core.events.CallEventBus;
import com.voiceqa.core.events.CallMetadata;
import com.voiceqa.gateway.spool.CallSpool;
import com.voiceqa.gateway.spool.Recording;
import com.voiceqa.gateway.spool.SpoolReader;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An open call: its spool, its live ASR session (absent when ASR is off, after a restart recovered the call, or while
 * the call is queued for capacity) and the transcript listener of the connection streaming it. A queued call gets its
 * session later, when the engine admits it ({@link Promotion}). Audio is appended by the one connection that currently
 * owns the call; ownership moves when a device resumes on a new connection.
 */
public final class LiveCall {

    private final AudioLog audio;
    private final CallSpool spool;
    /** Set once: at the start, or when a queued call is promoted (guarded by this for the switch). */
    private volatile AsrSession asr;
    private final AtomicLong lastAcknowledged = new AtomicLong();
    /** A cluster's check whether an expired call continues elsewhere is under way. */
    private final AtomicBoolean expiryCheck = new AtomicBoolean();
    /** The last chunk the audio log took (guarded by this). */
    private long appended;
    /** Completes once every chunk taken so far is durable (guarded by this); see {@link #durable()}. */
    private CompletableFuture<Long> durable;
    /** The highest sequence the log confirmed durable. */
    private final AtomicLong confirmed = new AtomicLong();
    private volatile Object owner;
    /** When a connection last attached, detached or appended (wall clock, comparable with file times). */
    private volatile Instant lastActivity;
    private volatile TranscriptListener tap = TranscriptListener.NONE;
    private volatile boolean asrLost;
    private volatile boolean transcriptionQueued;
    /** A queued call's place in the engine's line: cancelled when the call ends first (guarded by this). */
    private CompletableFuture<AsrSession> promotion;
    private final CompletableFuture<CallEvent.Ended> ended = new CompletableFuture<>();
    private CompletableFuture<Recording> ending;

    /**
     * @param transcriptionQueued the engine had no live capacity when the call started: it is recorded now and
     *                            promoted to a live transcription once capacity frees, or transcribed from its
     *                            recording if it ends first
     */
    LiveCall(AudioLog audio, CallSpool spool, Optional<AsrOpener> asr, CallEventBus events,
             boolean transcriptionQueued) {
        this.audio = audio;
        this.transcriptionQueued = transcriptionQueued;
        this.spool = spool;
        this.asr = asr.map(opener -> opener.open(this, events)).orElse(null);
        this.lastAcknowledged.set(spool.durableSequence());
        this.appended = spool.appendedSequence();
        this.confirmed.set(spool.durableSequence());
        this.durable = CompletableFuture.completedFuture(spool.durableSequence());
        this.lastActivity = spool.lastWritten();
    }

    /** Opens the live ASR session of a call; see {@link CallRegistry}. */
    interface AsrOpener {
        AsrSession open(LiveCall call, CallEventBus events);
    }

    public CallMetadata metadata() {
        return spool.metadata();
    }

    CallSpool spool() {
        return spool;
    }

    /** The live ASR session, unless there is none or the engine closed it mid-call. */
    Optional<AsrSession> liveAsr() {
        return asrLost ? Optional.empty() : Optional.ofNullable(asr);
    }

    /**
     * Whether the call is recorded without live transcription, waiting for capacity (see the constructor); false
     * from the moment it is promoted.
     */
    public boolean transcriptionQueued() {
        return transcriptionQueued;
    }

    /** Remembers the queued call's place in the engine's line, so that {@link #leaveLine} can give it up. */
    synchronized void promotion(CompletableFuture<AsrSession> admitted) {
        promotion = admitted;
    }

    /**
     * The call ended (or went to another gateway) while queued: it leaves the line; a session admitted meanwhile is
     * closed by its promotion, which finds the call ending.
     */
    synchronized void leaveLine() {
        if (promotion != null) {
            promotion.cancel(false);
        }
    }

    /**
     * Makes a queued call live on {@code session}, which was fed the spool up to the reader's position: feeds the
     * records appended since, then every later {@link #append} feeds the session directly, so no chunk is missed or
     * fed twice. False, and nothing changes, when the call is already ending (it is transcribed from its recording).
     */
    synchronized boolean goLive(AsrSession session, SpoolReader caughtUp) throws IOException {
        if (ending != null) {
            return false;
        }
        for (byte[] pcm : caughtUp.next(Long.MAX_VALUE)) {
            session.feed(pcm, 0, pcm.length); // under the lock, like append: backpressure applies from the next one
        }
        session.caughtUp();
        asr = session;
        transcriptionQueued = false;
        return true;
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

    /**
     * Gives the call up without ending it (another gateway continues it): false when it is ending already or a
     * connection attached meanwhile. A later attach fails, as for an ending call.
     */
    synchronized boolean leave() {
        if (ending != null || owner != null) {
            return false;
        }
        ending = CompletableFuture.failedFuture(new IllegalStateException("call " + metadata().key()
                + " continues on another gateway"));
        leaveLine();
        return true;
    }

    /** Starts ({@code true}: false when one runs) or finishes ({@code false}) {@link CallRegistry#expire}'s check. */
    boolean expiryCheck(boolean start) {
        return start ? expiryCheck.compareAndSet(false, true) : expiryCheck.getAndSet(false);
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
    public enum Status {
        /** Taken by the audio log and fed to the ASR; acknowledge it when {@link Appended#durable()} completes. */
        STORED,
        /** Already taken earlier (a resend after a reconnect); dropped. {@link Appended#durable()} still says
         * when it is durable, for the device that lost our acknowledgement. */
        DUPLICATE,
        /** Beyond the next expected sequence; dropped, the device must resume. */
        GAP,
        /** Another connection took the call over (the device resumed elsewhere); dropped. */
        NOT_OWNER,
        /** The audio log refused it (the disk below its floor, a log that cannot keep up); nothing was stored and
         * {@link Appended#durable()} holds the reason. */
        REFUSED
    }

    /**
     * The domain's answer to a chunk, everything a protocol handler needs to answer its device.
     *
     * @param durable  completes with the call's durable sequence (every chunk up to it survives a crash) once the
     *                 chunk is durable, or fails when it cannot be: acknowledge on it, never before
     * @param writable completes when the call wants more audio: until then the connection should stop reading
     *                 (the live ASR is behind); already complete when there is no backpressure
     */
    public record Appended(Status status, CompletableFuture<Long> durable, CompletableFuture<Void> writable) {
    }

    private static final CompletableFuture<Void> WRITABLE = CompletableFuture.completedFuture(null);

    /**
     * Appends chunk {@code seq} (devices count from 1) when it is the next one and {@code connection} owns the call,
     * then feeds it to the live ASR. Synchronized so that two connections of one device racing on a call cannot
     * interleave chunks.
     */
    public synchronized Appended append(Object connection, long seq, byte[] pcm) {
        if (owner != connection) {
            return new Appended(Status.NOT_OWNER, durable, WRITABLE);
        }
        long expected = appended + 1;
        if (seq < expected) {
            return new Appended(Status.DUPLICATE, durable(), WRITABLE);
        }
        if (seq > expected) {
            return new Appended(Status.GAP, durable, WRITABLE);
        }
        CompletableFuture<Void> logged = audio.append(chunk(seq, pcm));
        if (logged.isCompletedExceptionally()) {
            return new Appended(Status.REFUSED, logged.thenApply(v -> seq), WRITABLE);
        }
        appended = seq;
        lastActivity = Instant.now();
        // a call's chunks become durable in order: the sequence is durable once this chunk and all before it are
        durable = durable().thenCombine(logged, (before, self) -> seq);
        durable.thenAccept(sequence -> confirmed.accumulateAndGet(sequence, Math::max));
        return new Appended(Status.STORED, durable, feedAsr(pcm));
    }

    /** The log's chunks count from 0 and the first one carries the format; devices count from 1. */
    private AudioChunk chunk(long seq, byte[] pcm) {
        return seq == 1 ? AudioChunk.first(metadata().key(), metadata().format(), pcm)
                : AudioChunk.next(metadata().key(), seq - 1, pcm);
    }

    private CompletableFuture<Void> feedAsr(byte[] pcm) {
        if (asr == null || asrLost) {
            return WRITABLE;
        }
        try {
            if (asr.feed(pcm, 0, pcm.length)) {
                return WRITABLE;
            }
            CompletableFuture<Void> writable = new CompletableFuture<>();
            asr.whenWritable(() -> writable.complete(null));
            return writable;
        } catch (IllegalStateException e) {
            // the engine closed the session (idle while the device was away); the recording is transcribed whole
            asrLost = true;
            return WRITABLE;
        }
    }

    /**
     * Completes with the durable sequence once every chunk appended so far is durable (what a resuming device is
     * told). After the log failed a chunk, the call takes chunks again from the last one the log confirmed: the
     * device resends what was never acknowledged, and the log drops what it already holds by sequence.
     */
    public synchronized CompletableFuture<Long> durable() {
        if (durable.isCompletedExceptionally()) {
            appended = confirmed.get();
            durable = CompletableFuture.completedFuture(appended);
        }
        return durable;
    }

    /** The last chunk the call took (a CALL_END must name it). */
    public synchronized long appended() {
        return appended;
    }

    /** The highest sequence the audio log confirmed durable so far (what a repeated CALL_START is told). */
    public long confirmed() {
        return confirmed.get();
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

    /**
     * Completes with the final recording once the call has ended; fails when the call is still open (a caller asks
     * after {@link #attach} said the call is ending).
     */
    public synchronized CompletableFuture<Recording> recording() {
        return ending != null ? ending : CompletableFuture.failedFuture(
                new IllegalStateException("call " + metadata().key() + " has not ended"));
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
