package com.voiceqa.asr.engine;

import com.voiceqa.asr.AsrSession;
import com.voiceqa.asr.SessionClosedException;
import com.voiceqa.asr.diarize.VoiceFeatureTrack;
import com.voiceqa.core.PartialResult;
import com.voiceqa.core.Segment;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.Transcript;
import com.voiceqa.core.TranscriptListener;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A live session. Fed chunks are queued; the session decodes them in "turns" on the shared worker pool, at most one
 * turn at a time (so per-session order needs no lock and the native recognizers are confined to one thread), and
 * at most {@value #TURN_SECONDS} s of audio per turn before it yields the worker to the other sessions. A session
 * that fell behind decodes its whole queue in one turn and asks the recognizer for a partial once, not per chunk.
 * While the workers are busy, a session waits for {@value #BUSY_TURN_SECONDS} s of audio before it takes a turn:
 * switching between many recognizers' states costs CPU, and longer turns cut the CPU per audio-second (BENCHMARKS.md,
 * "Longer turns"), at the price of partials up to 0.4 s later from 0.2 s chunks. Audio that stops short of
 * a turn (a pause) is decoded by {@link #flushIfQuiet} within a second, up to the last whole
 * {@value #PIECE_SECONDS} s piece: the recognizers get fixed pieces whatever the chunks ({@link FixedPieces}), so the
 * rest waits for more audio or the end of the call.
 *
 * <p>A session the engine admitted from its waiting line ({@link WaitingLine}) starts <em>catching up</em>: its
 * feeder gives it recorded audio through {@link #feedBlocking}, held to the speed the engine admitted it at
 * ({@link CatchUpPace}), and the engine counts it as that many streams (its {@link #weightedChannels}) until
 * {@link #caughtUp}. Its backlog is then by design, not lag ({@link #lagSeconds}).
 *
 * <p>Lifecycle: OPEN → (finish) FINISHING → RELEASED, or OPEN/FINISHING → (close, idle timeout, error) CLOSING →
 * RELEASED. The recognizers are freed on a worker in every path.
 */
public final class StreamingSession implements AsrSession {

    static final double TURN_SECONDS = 1.0;
    /** The recognizers get the audio in pieces of this length at fixed positions ({@link FixedPieces}). */
    static final double PIECE_SECONDS = 0.2;
    static final double BUSY_TURN_SECONDS = 0.6;
    /** How many channels' capacity a channel of a cold recognizer takes (see {@link #admissionChannels}). */
    static final int COLD_WEIGHT = 2;
    /** No audio for this long: what is queued is decoded even if it is less than a busy turn. */
    static final long QUIET_NANOS = 300_000_000;

    private enum State { OPEN, FINISHING, CLOSING, RELEASED }

    private final StreamFormat format;
    private final TranscriptListener listener;
    private final Executor workers;
    private final EngineCore resources;
    private final ChannelDecoder[] decoders;
    private final PcmDeinterleaver deinterleaver;
    private final FixedPieces pieces;
    private final long highWater;
    private final long lowWater;
    private final long turnBytes;
    private final long busyTurnBytes;
    private final ConcurrentLinkedQueue<byte[]> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final List<Runnable> writableWaiters = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    private final CompletableFuture<Transcript> result = new CompletableFuture<>();
    private volatile State state = State.OPEN;
    private volatile String closeReason = "closed";
    private volatile long lastFeedNanos = System.nanoTime();
    /** While catching up: the pace of {@link #feedBlocking} and the streams the engine counts; null/1 after. */
    private volatile CatchUpPace pace;
    private volatile int speed = 1;
    private volatile long bytesFed;
    private long bytesDecoded;
    private float[][] scratch;

    /** @param catchUpSpeed 0 for a call live from its start, else the speed it catches up at (see the class) */
    StreamingSession(StreamFormat format, TranscriptListener listener, Executor workers, double maxBacklogSeconds,
                     EngineCore resources, int catchUpSpeed) {
        this.format = format;
        this.listener = listener;
        this.workers = workers;
        this.resources = resources;
        long bytesPerSecond = (long) format.sampleRate() * format.frameBytes();
        this.highWater = (long) (maxBacklogSeconds * bytesPerSecond);
        this.lowWater = highWater / 2;
        this.turnBytes = (long) (TURN_SECONDS * bytesPerSecond);
        // never more than the low water mark: a feed refused for backlog must always find a turn due
        this.busyTurnBytes = Math.min((long) (BUSY_TURN_SECONDS * bytesPerSecond), lowWater);
        if (catchUpSpeed > 0) {
            this.pace = new CatchUpPace(bytesPerSecond, catchUpSpeed);
            this.speed = catchUpSpeed;
        }
        this.deinterleaver = new PcmDeinterleaver(format.channels());
        this.pieces = new FixedPieces((int) Math.round(PIECE_SECONDS * format.sampleRate()) * format.frameBytes());
        this.scratch = new float[format.channels()][0];
        this.decoders = new ChannelDecoder[format.channels()];
        try {
            for (int c = 0; c < decoders.length; c++) {
                decoders[c] = resources.newDecoder(format.sampleRate(), format.layout().role(c), this::onSegment);
            }
        } catch (RuntimeException e) {
            releaseDecoders();
            throw e;
        }
    }

    @Override
    public StreamFormat format() {
        return format;
    }

    @Override
    public boolean feed(byte[] pcm, int offset, int length) {
        if (state != State.OPEN) {
            throw new SessionClosedException("the session no longer takes audio: " + (state == State.FINISHING
                    ? "finish() was called" : "it was " + closeReason));
        }
        Objects.checkFromIndexSize(offset, length, pcm.length);
        if (length > 0) {
            queue.add(Arrays.copyOfRange(pcm, offset, offset + length));
            bytesFed += length;
            long queued = backlog.addAndGet(length);
            lastFeedNanos = System.nanoTime();
            if (queued >= minTurnBytes() && !schedule()) {
                throw new SessionClosedException("the session no longer takes audio: the ASR engine is closed");
            }
        }
        return backlog.get() <= highWater;
    }

    @Override
    public void feedBlocking(byte[] pcm, int offset, int length) throws InterruptedException {
        if (!feed(pcm, offset, length)) {
            CountDownLatch writable = new CountDownLatch(1);
            whenWritable(writable::countDown);
            writable.await();
        }
        CatchUpPace catchUp = pace;
        if (catchUp != null) {
            catchUp.hold(length);
        }
    }

    @Override
    public void caughtUp() {
        pace = null;
        speed = 1;
    }

    /** Whether the session still decodes recorded audio at its admitted speed (see the class). */
    boolean catchingUp() {
        return pace != null;
    }

    /** Channels this session decodes at: a catching-up one takes the capacity of its speed (what the load shows). */
    int weightedChannels() {
        return format.channels() * speed;
    }

    /**
     * Channels admission counts for this session: its {@link #weightedChannels}, twice while one of its recognizers is
     * still cold. A new recognizer costs 2-4x a warm one for its first seconds of calls' audio (its graph cache is
     * built for the words it hears; BENCHMARKS.md "Cold recognizers"), so a burst admitted at the warm cost overloads
     * the workers until they warm (24 calls together: live p95 6.8 s, counted twice 3.0 s).
     */
    int admissionChannels() {
        boolean cold = Arrays.stream(decoders).anyMatch(ChannelDecoder::cold);
        return weightedChannels() * (cold ? COLD_WEIGHT : 1);
    }

    @Override
    public void whenWritable(Runnable action) {
        synchronized (writableWaiters) {
            if (backlog.get() >= lowWater && state != State.RELEASED) {
                writableWaiters.add(action);
                return;
            }
        }
        action.run();
    }

    @Override
    public double audioSecondsFed() {
        return seconds(bytesFed);
    }

    @Override
    public CompletableFuture<Transcript> finish() {
        synchronized (this) {
            if (state != State.OPEN) {
                return result;
            }
            state = State.FINISHING;
        }
        schedule();
        return result;
    }

    @Override
    public void close() {
        close("closed");
    }

    /** Closes with a reason that later feeds and the result report. */
    void close(String reason) {
        synchronized (this) {
            if (state == State.CLOSING || state == State.RELEASED) {
                return;
            }
            closeReason = reason;
            state = State.CLOSING;
        }
        queue.clear();
        backlog.set(0);
        result.completeExceptionally(new SessionClosedException("the session was " + reason));
        schedule();
        runWritableWaiters();
    }

    /** Seconds of audio (per channel) queued and not yet decoded. */
    double backlogSeconds() {
        return seconds(backlog.get());
    }

    /**
     * Seconds of audio (per channel) the session is behind beyond the turn it is gathering: on a busy engine a session
     * holds up to {@value #BUSY_TURN_SECONDS} s on purpose, which is batching, not lag; so is a catching-up session's.
     */
    double lagSeconds() {
        if (catchingUp()) {
            return 0; // fed ahead on purpose, at a pace within the capacity it was admitted for
        }
        return seconds(Math.max(0, backlog.get() - minTurnBytes()));
    }

    /** Seconds of audio per channel in {@code bytes} of this session's interleaved PCM. */
    private double seconds(long bytes) {
        return (double) bytes / format.frameBytes() / format.sampleRate();
    }

    /** Whether no audio came for longer than {@code idleNanos} while the session was open. */
    boolean idleLongerThan(long idleNanos, long now) {
        return state == State.OPEN && now - lastFeedNanos > idleNanos;
    }

    /** Gives the session a turn on a worker unless it has one; false when the engine no longer runs turns. */
    private boolean schedule() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                workers.execute(this::turn);
            } catch (RejectedExecutionException e) {
                scheduled.set(false);
                result.completeExceptionally(new SessionClosedException("the ASR engine is closed"));
                release(); // no worker will run again: free the recognizers here
                return false;
            }
        }
        return true;
    }

    private void turn() {
        try {
            switch (state) {
                case RELEASED -> { return; }
                case CLOSING -> { release(); return; }
                default -> decodeQueued();
            }
            if (state == State.FINISHING && queue.isEmpty()) {
                complete();
            }
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(new SessionClosedException("decoding failed: " + e, e));
            close("failed: " + e);
            release();
        } finally {
            scheduled.set(false);
        }
        if (state != State.RELEASED && (state != State.OPEN || !queue.isEmpty() && backlog.get() >= minTurnBytes())) {
            schedule();
        }
    }

    /** Audio that waits for a turn: one chunk on a quiet engine, {@value #BUSY_TURN_SECONDS} s on a busy one. */
    private long minTurnBytes() {
        return resources.capacity().busy() ? busyTurnBytes : 1;
    }

    /** Decodes what is queued if no audio came for {@link #QUIET_NANOS}: a paused stream's tail is not held back. */
    void flushIfQuiet(long now) {
        if (state == State.OPEN && backlog.get() > 0 && now - lastFeedNanos > QUIET_NANOS) {
            schedule();
        }
    }

    private void decodeQueued() {
        boolean warm = Arrays.stream(decoders).noneMatch(ChannelDecoder::cold);
        long started = System.nanoTime();
        long cpuStarted = WorkerCpu.nanos();
        long decoded = 0;
        byte[] chunk;
        while (decoded < turnBytes && (chunk = queue.poll()) != null) {
            decode(chunk);
            decoded += chunk.length;
            backlog.addAndGet(-chunk.length);
        }
        if (decoded > 0) {
            for (ChannelDecoder decoder : decoders) {
                PartialResult partial = decoder.partialIfChanged();
                if (partial != null) {
                    listener.onPartial(partial);
                }
            }
            bytesDecoded += decoded;
            listener.onProgress(seconds(bytesDecoded));
            resources.capacity().turn(System.nanoTime() - started, WorkerCpu.nanos() - cpuStarted,
                    seconds(decoded) * format.channels(), warm);
        }
        if (backlog.get() < lowWater) {
            runWritableWaiters();
        }
    }

    private void decode(byte[] chunk) {
        pieces.accept(chunk, this::decodePiece);
    }

    private void decodePiece(byte[] pcm, int offset, int length) {
        int frames = deinterleaver.framesIn(length);
        if (frames == 0) {
            deinterleaver.split(pcm, offset, length, scratch);
            return;
        }
        if (scratch[0].length != frames) { // JNA copies whole arrays: keep the buffer the piece's size
            scratch = new float[decoders.length][frames];
        }
        deinterleaver.split(pcm, offset, length, scratch);
        for (int c = 0; c < decoders.length; c++) {
            decoders[c].accept(scratch[c], frames);
        }
    }

    /** Mono calls of both speakers get provisional roles here; the finished transcript carries the refined ones. */
    private void onSegment(Segment segment) {
        segments.add(segment);
        if (!format.layout().needsDiarization()) {
            listener.onSegment(segment);
            return;
        }
        VoiceFeatureTrack.Recent recent = decoders[0].recentVoice(EngineCore.PROVISIONAL_SECONDS);
        for (Segment piece : resources.provisionalRoles(segment, recent, segments)) {
            listener.onSegment(piece);
        }
    }

    private void complete() {
        pieces.flush(this::decodePiece);
        for (ChannelDecoder decoder : decoders) {
            decoder.finish();
        }
        List<ChannelTracks> tracks = Arrays.stream(decoders).map(ChannelDecoder::tracks).toList();
        double duration = seconds(bytesFed);
        Transcript transcript = resources.transcript(segments, tracks, duration, format.layout());
        release();
        result.complete(transcript);
    }

    private void release() {
        synchronized (this) {
            if (state == State.RELEASED) {
                return;
            }
            state = State.RELEASED;
        }
        releaseDecoders();
        queue.clear();
        resources.released(this);
        runWritableWaiters();
    }

    private void releaseDecoders() {
        for (ChannelDecoder decoder : decoders) {
            if (decoder != null) {
                decoder.close();
            }
        }
    }

    private void runWritableWaiters() {
        List<Runnable> ready;
        synchronized (writableWaiters) {
            if (writableWaiters.isEmpty()) {
                return;
            }
            ready = new ArrayList<>(writableWaiters);
            writableWaiters.clear();
        }
        ready.forEach(Runnable::run);
    }
}
