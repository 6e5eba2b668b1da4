package com.voiceqa.gateway.call;

import com.voiceqa.asr.AsrSession;
import com.voiceqa.core.Transcript;
import com.voiceqa.core.audio.AudioLog;
import com.voiceqa.core.events.CallEvent;
import com.voiceqa.core.events.CallEventBus;
import com.voiceqa.core.events.CallMetadata;
import com.voiceqa.core.events.CallSource;
import com.voiceqa.core.id.CallKey;
import com.voiceqa.core.id.DeviceId;
import com.voiceqa.gateway.spool.CallSpool;
import com.voiceqa.gateway.spool.Recording;
import com.voiceqa.gateway.spool.SpoolStore;
import com.voiceqa.gateway.spool.WavWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The open calls of this gateway, keyed by device and call id, shared by both listeners. Creating and finishing a
 * call touches the disk (fsync), so it runs on the registry's I/O threads and completes a future; appends run on the
 * owning connection's event loop. Lifecycle events are published here, exactly once per call.
 */
public final class CallRegistry implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CallRegistry.class.getName());

    private final SpoolStore store;
    private final AudioLog audio;
    private final Optional<Transcription> transcription;
    private final CallEventBus events;
    private final int maxCallsPerDevice;
    private final CallTakeover takeover;
    private final ExecutorService io = Executors.newFixedThreadPool(2, Thread.ofPlatform().daemon().name("voiceqa-spool-io-", 0).factory());
    private final ExecutorService wholeFileAsr = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("voiceqa-whole-file-asr").factory());
    /** One thread per promoted call while it catches up on its spool (mostly asleep: the session's pace). */
    private final ExecutorService catchUp = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("voiceqa-catch-up-", 0).factory());
    private final Map<CallKey, CompletableFuture<LiveCall>> calls = new HashMap<>();
    private volatile List<CallMetadata> recovered = List.of();

    /** @param audio where calls' audio goes and says when it is durable (see {@link LiveCall#append}) */
    public CallRegistry(SpoolStore store, AudioLog audio, Optional<Transcription> transcription,
                        CallEventBus events, int maxCallsPerDevice) {
        this(store, audio, transcription, events, maxCallsPerDevice, CallTakeover.NONE);
    }

    /** @param takeover where calls other gateways opened are found (a cluster), {@link CallTakeover#NONE} alone */
    public CallRegistry(SpoolStore store, AudioLog audio, Optional<Transcription> transcription,
                        CallEventBus events, int maxCallsPerDevice, CallTakeover takeover) {
        this.takeover = takeover;
        this.store = store;
        this.audio = audio;
        this.transcription = transcription;
        this.events = events;
        this.maxCallsPerDevice = maxCallsPerDevice;
    }

    /** Whether calls are transcribed live (an ASR engine was given). */
    public boolean transcribes() {
        return transcription.isPresent();
    }

    /**
     * Reopens the spools a previous process left: badge calls wait for their device to RESUME; calls the device had
     * already ended, and phone calls (a WebSocket cannot resume), are finished now from what they recorded.
     */
    public void recover() throws IOException {
        List<CallSpool> spools = store.recoverAll();
        recovered = spools.stream().map(CallSpool::metadata).toList();
        for (CallSpool spool : spools) {
            LiveCall call = new LiveCall(audio, spool, Optional.empty(), events, false);
            CallMetadata m = spool.metadata();
            synchronized (this) {
                calls.put(m.key(), CompletableFuture.completedFuture(call));
            }
            if (spool.ended() || m.source() == CallSource.PHONE) {
                end(call, spool.ended() ? CallEvent.EndReason.COMPLETED : CallEvent.EndReason.ABANDONED);
            }
        }
        LOG.info("recovered " + spools.size() + " open call(s) from the spool");
    }

    /**
     * Opens a new call, or returns the open call with this key (a badge repeating CALL_START is resuming). Fails
     * with {@link TooManyCallsException} when the device is at its limit, with {@link CallIdTakenException} when the
     * device already finished a call with this id.
     */
    public CompletableFuture<LiveCall> open(CallMetadata metadata) {
        return open(metadata, true);
    }

    /**
     * Opens a new call; fails with {@link CallIdTakenException} when the device has a call with this id open or
     * finished (a WebSocket cannot resume, so a repeated id is a mistake or an attempt to take over another call).
     */
    public CompletableFuture<LiveCall> openNew(CallMetadata metadata) {
        return open(metadata, false);
    }

    private synchronized CompletableFuture<LiveCall> open(CallMetadata metadata, boolean resumeOpen) {
        CallKey key = metadata.key();
        CompletableFuture<LiveCall> existing = calls.get(key);
        if (existing != null) {
            return resumeOpen ? existing : CompletableFuture.failedFuture(new CallIdTakenException(key));
        }
        long open = calls.keySet().stream().filter(k -> k.device().equals(key.device())).count();
        if (open >= maxCallsPerDevice && !key.device().isAnonymous()) {
            return CompletableFuture.failedFuture(new TooManyCallsException(key.device(), maxCallsPerDevice));
        }
        CompletableFuture<LiveCall> created = CompletableFuture.supplyAsync(() -> create(metadata), io);
        calls.put(key, created);
        // the caller hears of a failed opening only once it is forgotten: an answered CALL_START never counts as open
        return created.whenComplete((call, failure) -> {
            if (failure != null) {
                forget(key, created);
            }
        });
    }

    private LiveCall create(CallMetadata metadata) {
        if (Files.exists(store.recordingPath(metadata.key()))) {
            throw new CompletionException(new CallIdTakenException(metadata.key()));
        }
        Optional<LiveCall> elsewhere = metadata.source() == CallSource.BADGE ? takeOver(metadata.key())
                : Optional.empty(); // a badge repeating CALL_START on another node resumes; a WebSocket cannot
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        try {
            CallSpool spool = store.create(metadata);
            boolean live = transcription.map(t -> t.admitsLive(metadata.format().channels())).orElse(false);
            LiveCall call = new LiveCall(audio, spool, transcription.filter(t -> live).map(t -> (c, bus) -> t.open(
                    metadata.format(), c.listener(bus))), events, transcription.isPresent() && !live);
            events.publish(new CallEvent.Started(metadata));
            if (transcription.isPresent() && !live) {
                queue(call, transcription.get());
            }
            return call;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts a call recorded while the engine was full in the engine's line; see {@link Promotion}. */
    private void queue(LiveCall call, Transcription engine) {
        CompletableFuture<AsrSession> admitted = engine.openWhenAdmitted(call.metadata().format(),
                call.listener(events));
        call.promotion(admitted);
        admitted.thenAccept(session -> { // on an engine thread: hand over at once
            try {
                catchUp.execute(() -> Promotion.run(call, session));
            } catch (RejectedExecutionException e) {
                session.close(); // the registry is closing; the call stays in the spool for the next start
            }
        });
    }

    /**
     * The calls {@link #recover} reopened from the spool. Each of them still publishes exactly one
     * {@link CallEvent.Ended} (no {@link CallEvent.Started}: that was published before the restart), so whoever
     * tracks calls must leave them to the gateway.
     */
    public List<CallMetadata> recovered() {
        return recovered;
    }

    /** The final recording of a call that ended, found by its product-wide id ({@link CallKey#productId()}). */
    public Optional<Path> recording(DeviceId device, String productId) {
        return store.recording(device, productId);
    }

    /**
     * The open call {@code key} for a device that RESUMEs it: this gateway's own, or one another gateway opened and
     * the {@link CallTakeover} hands over (copied into a local spool, then continued here). Empty when nobody has it
     * open.
     */
    public synchronized CompletableFuture<Optional<LiveCall>> resume(CallKey key) {
        CompletableFuture<LiveCall> existing = calls.get(key);
        if (existing != null) { // still opening, perhaps: wait for it; one that failed to open is not open
            return existing.handle((call, failure) -> Optional.ofNullable(failure == null ? call : null));
        }
        if (takeover == CallTakeover.NONE) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        CompletableFuture<Optional<LiveCall>> found = CompletableFuture.supplyAsync(() -> {
            try {
                return takeOver(key);
            } catch (CompletionException e) {
                if (e.getCause() instanceof CallIdTakenException) {
                    return Optional.empty(); // ended on another node: answered like any call this node does not have
                }
                throw e;
            }
        }, io);
        CompletableFuture<LiveCall> taking = found.thenApply(call -> call.orElseThrow(
                () -> new CompletionException(new IllegalStateException("call " + key + " is not open anywhere"))));
        calls.put(key, taking);
        taking.whenComplete((call, failure) -> {
            if (failure != null) {
                forget(key, taking);
            }
        });
        return found;
    }

    private Optional<LiveCall> takeOver(CallKey key) {
        try {
            Optional<CallTakeover.Handover> handover = takeover.find(key);
            if (handover.isEmpty()) {
                return Optional.empty();
            }
            CallSpool spool = store.create(handover.get().metadata());
            handover.get().replay(pcm -> store.append(spool, spool.appendedSequence() + 1, ByteBuffer.wrap(pcm)));
            store.heldElsewhere(spool);
            handover.get().claim();
            LOG.info("took over call " + key + " from another gateway at chunk " + spool.appendedSequence());
            // no Started: the gateway that opened the call published it; this one publishes the call's Ended
            return Optional.of(new LiveCall(audio, spool, Optional.empty(), events, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CallIdTakenException e) {
            throw new CompletionException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }

    /** The recording of a call that already finished, if any (read on the I/O threads: it hashes the file). */
    public CompletableFuture<Optional<Recording>> finished(CallKey key) {
        var wav = store.recordingPath(key);
        return CompletableFuture.supplyAsync(() -> {
            try {
                return Files.exists(wav) ? Optional.of(WavWriter.describe(wav)) : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, io);
    }

    /**
     * Ends a call: tells the audio log the call's audio is complete (once that is durable, readers of a replicated log
     * can finish the call), writes the final recording and completes with it; then finishes the transcript (in the
     * background) and publishes {@link CallEvent.Ended}. Repeated calls return the same future.
     */
    public CompletableFuture<Recording> end(LiveCall call, CallEvent.EndReason reason) {
        synchronized (call) {
            if (call.ending() != null) {
                return call.ending();
            }
            CompletableFuture<Recording> recording = audio.end(call.metadata().key(), call.appended())
                    .thenApplyAsync(complete -> {
                        try {
                            return store.finish(call.spool());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }, io)
                    // forgotten before anyone hears the call ended: a badge answered CALL_END sees no open call
                    .whenComplete((rec, failure) -> forget(call.metadata().key(), null));
            call.ending(recording);
            call.leaveLine();
            recording.whenComplete((rec, failure) -> {
                CallMetadata m = call.metadata();
                if (failure != null) {
                    LOG.log(Level.SEVERE, "could not finish the recording of call " + m.key()
                            + "; its spool stays on disk and is finished at the next start", failure);
                    call.liveAsr().ifPresent(session -> session.close());
                    call.whenEnded().completeExceptionally(failure);
                    return;
                }
                transcript(call, rec).whenComplete((transcript, asrFailure) -> {
                    if (asrFailure != null) {
                        LOG.log(Level.WARNING, "transcription of call " + m.key() + " failed", asrFailure);
                    }
                    CallEvent.Ended ended = new CallEvent.Ended(m, rec.wav(), rec.audioBytes(),
                            Optional.ofNullable(transcript), reason);
                    events.publish(ended);
                    call.whenEnded().complete(ended);
                });
            });
            return recording;
        }
    }

    /**
     * Ends a call no connection owned for the stale-call timeout, with its audio; in a cluster, unless another node
     * continues it: then this node only forgets it and drops its local copy.
     */
    void expire(LiveCall call) {
        if (takeover == CallTakeover.NONE) {
            end(call, CallEvent.EndReason.EXPIRED);
            return;
        }
        CallKey key = call.metadata().key();
        if (!call.expiryCheck(true)) {
            return; // an earlier sweep is still asking where the call went
        }
        CompletableFuture.runAsync(() -> {
            try {
                if (!takeover.continuedElsewhere(key)) {
                    LOG.info("call " + key + " expired; ending it with the audio stored so far");
                    end(call, CallEvent.EndReason.EXPIRED);
                } else if (call.leave()) {
                    forget(key, null);
                    store.discard(call.spool());
                    LOG.info("call " + key + " continues on another gateway; forgotten here");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, io).whenComplete((done, failure) -> {
            call.expiryCheck(false);
            if (failure != null) {
                LOG.log(Level.WARNING, "could not expire call " + key + "; the next sweep tries again", failure);
            }
        });
    }

    private CompletableFuture<Transcript> transcript(LiveCall call, Recording recording) {
        if (call.liveAsr().isPresent()) {
            return call.liveAsr().get().finish();
        }
        if (transcription.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        // no live session: the call ended while queued (never promoted), was recovered after a restart, or the engine
        // dropped its session; one recording at a time catches up as capacity frees
        return CompletableFuture.supplyAsync(() -> {
            try {
                return transcription.get().transcribe(recording.wav(), call.metadata().format().layout());
            } catch (IOException e) {
                throw new CompletionException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(e);
            }
        }, wholeFileAsr);
    }

    private synchronized void forget(CallKey key, CompletableFuture<LiveCall> onlyIf) {
        if (onlyIf == null || calls.get(key) == onlyIf) {
            calls.remove(key);
        }
    }

    public synchronized int openCalls() {
        return calls.size();
    }

    /** The calls that finished opening, for {@link StaleCallReaper}. */
    synchronized List<LiveCall> openedCalls() {
        return calls.values().stream().filter(f -> f.isDone() && !f.isCompletedExceptionally())
                .map(CompletableFuture::join).toList();
    }

    /** Stops the I/O threads after the work already queued; open calls stay in the spool for the next start. */
    @Override
    public void close() throws InterruptedException {
        catchUp.shutdownNow(); // promotions close their sessions when interrupted
        io.shutdown();
        io.awaitTermination(30, TimeUnit.SECONDS);
        wholeFileAsr.shutdown();
        wholeFileAsr.awaitTermination(30, TimeUnit.SECONDS);
    }
}
