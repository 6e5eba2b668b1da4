package com.voiceqa.asr.engine;

import org.vosk.Model;
import org.vosk.Recognizer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;

/**
 * Reuses Vosk recognizers across sessions. A new recognizer is expensive: Vosk builds its lookahead decoding graph
 * lazily per recognizer, so a fresh one spends a few hundred ms of CPU warming up (measured here: creation 150+ ms,
 * first final result 400+ ms under load) while a warm one decodes at once. A recognizer comes back only after its
 * final result was taken, which makes Vosk start the next audio with a new feature pipeline and decoder (no
 * adaptation or words carried over); what it keeps is the warm graph cache.
 *
 * <p>Vosk keeps counting time across uses, so each lease records where its audio starts. Recognizers retire after
 * {@value #RETIRE_AFTER_SECONDS} s of audio: Vosk prints times with six significant digits, and beyond that the
 * times would lose precision.
 *
 * <p>Idle recognizers are kept up to a memory budget: a warm one holds tens of MB of graph cache, measured when the
 * pool is warmed ({@link #warm}) as the process's resident memory growth per recognizer, but never taken as less than
 * {@link #ASSUMED_RECOGNIZER_BYTES}: the cache grows with the calls' audio (the small English model's recognizers hold
 * 38-41 MB after 40 s of speech, 9 MB after the 1 s of warm-up), so what warming sees is a lower bound.
 */
final class RecognizerPool implements AutoCloseable {

    static final double RETIRE_AFTER_SECONDS = 3600;
    /** Memory of a recognizer that has served calls, at least (the small English model: 38-41 MB measured). */
    static final long ASSUMED_RECOGNIZER_BYTES = 40L << 20;
    /** Share of the machine's memory that idle recognizers may hold. */
    static final double MEMORY_SHARE = 1.0 / 8;
    /**
     * Seconds of synthetic audio a recognizer decodes when the pool is warmed without a recording of speech. Synthetic
     * audio warms only the part of the graph cache any audio needs: on real speech a recognizer warmed on it costs about
     * as much in its first seconds as a new one (BENCHMARKS.md, "Cold recognizers"), and 1 s buys what 3 or 10 s buy,
     * at an eighth of the CPU of 10 s.
     */
    static final double WARM_UP_SECONDS = 1;
    /**
     * Seconds of a recording of speech a recognizer decodes when the pool is warmed on one: as much as makes a
     * recognizer count as warm ({@link #COLD_SECONDS}), since speech warms the graph cache for calls' words too.
     */
    static final double SPEECH_WARM_UP_SECONDS = 10;
    /**
     * Seconds of speech (calls' audio or the warm-up recording) after which a recognizer decodes at its steady cost:
     * its graph cache holds the parts of the graph the calls' words need (new ones cost 3-5x a reused one in their
     * first 8 s of real speech).
     */
    static final double COLD_SECONDS = 10;

    private static final Logger LOG = Logger.getLogger(RecognizerPool.class.getName());

    private final Model model;
    private final int sampleRate;
    private final long memoryBudget;
    private final ConcurrentLinkedDeque<Lease> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger live = new AtomicInteger();
    private final AtomicInteger warmed = new AtomicInteger();
    private volatile long bytesPerRecognizer = ASSUMED_RECOGNIZER_BYTES;
    private volatile boolean closed;

    RecognizerPool(Model model, int sampleRate, long memoryBudget) {
        this.model = model;
        this.sampleRate = sampleRate;
        this.memoryBudget = memoryBudget;
    }

    /**
     * Creates recognizers until the pool holds {@code count} (counting those calls made meanwhile), decodes
     * {@code audio} (at the model's rate) with each, and puts them in the idle pool; measures their memory on the way.
     * {@code speech} says the audio is a recording of speech: it then counts toward the recognizers' warmth, as calls'
     * audio does (see {@link #SPEECH_WARM_UP_SECONDS}); synthetic audio does not ({@link #WARM_UP_SECONDS}). Calls that
     * arrive before warming ends make their own (cold) recognizers; warming more beside them would only compete with
     * those calls for the cores and add idle memory, so it stops at {@code count} recognizers in all. Runs on the
     * caller's thread and {@code threads - 1} more (the engine calls it on a background thread, with one per decoder
     * worker: ten seconds of speech cost a new recognizer about 2 CPU-s); stops early when the pool closes.
     */
    void warm(int count, float[] audio, boolean speech, int threads) {
        long started = System.nanoTime();
        long rssBefore = SystemMemory.residentBytes();
        int liveBefore = live.get();
        Warming warming = new Warming(count, audio, speech);
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            helpers.add(Thread.ofPlatform().daemon().name("asr-pool-warmer-" + t).start(warming));
        }
        warming.run();
        for (Thread helper : helpers) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        long grown = SystemMemory.residentBytes() - rssBefore;
        int grownBy = live.get() - liveBefore; // calls' recognizers grew the memory too
        if (grownBy >= 4 && rssBefore > 0 && grown > 0) {
            bytesPerRecognizer = Math.max(ASSUMED_RECOGNIZER_BYTES, grown / grownBy);
        }
        int made = warming.made.intValue();
        double audioSeconds = (double) made * audio.length / sampleRate;
        double cpu = warming.cpuNanos.sum() / 1e9;
        // where warming's time goes: a fresh recognizer's first seconds of audio cost several times a warm one's
        LOG.info(() -> String.format(Locale.ROOT, "warmed %d recognizers on %d threads in %.1f s (%.1f CPU-s):"
                + " creating them %.1f s, decoding %.0f s of warm-up %s %.1f s (%.3f CPU-s per audio-s in all), final"
                + " results %.1f s; calls made %d more meanwhile, cold (%d asked for in all; about %d MB each; %d idle"
                + " kept at most)", made, threads, (System.nanoTime() - started) / 1e9, cpu,
                warming.stepNanos[0].sum() / 1e9, audioSeconds, speech ? "speech" : "sound (synthetic)",
                warming.stepNanos[1].sum() / 1e9, audioSeconds > 0 ? cpu / audioSeconds : 0,
                warming.stepNanos[2].sum() / 1e9, Math.max(0, grownBy - made), count, bytesPerRecognizer >> 20,
                idleLimit()));
        if (closed) {
            close();
        }
    }

    /** One warming run's work, shared by its threads: each warms recognizers until the pool holds the count. */
    private final class Warming implements Runnable {
        private final int count;
        private final float[] audio;
        private final boolean speech;
        final LongAdder made = new LongAdder();
        final LongAdder cpuNanos = new LongAdder();
        /** Wall time creating, decoding, taking the final result. */
        final LongAdder[] stepNanos = {new LongAdder(), new LongAdder(), new LongAdder()};

        Warming(int count, float[] audio, boolean speech) {
            this.count = count;
            this.audio = audio;
            this.speech = speech;
        }

        @Override
        public void run() {
            long cpuStarted = WorkerCpu.nanos();
            for (Lease lease; (lease = reserve()) != null; ) {
                long t1 = System.nanoTime();
                lease.recognizer.acceptWaveForm(audio, audio.length);
                if (speech) {
                    lease.fed(audio.length); // on its clock and toward its warmth
                } else {
                    lease.samples += audio.length; // on its clock only: synthetic audio does not warm it for calls
                }
                long t2 = System.nanoTime();
                lease.recognizer.getFinalResult();
                stepNanos[1].add(t2 - t1);
                stepNanos[2].add(System.nanoTime() - t2);
                idle.addLast(lease);
                warmed.incrementAndGet();
                made.increment();
            }
            cpuNanos.add(WorkerCpu.nanos() - cpuStarted);
        }

        /** A new recognizer while the pool holds fewer than the count, else null; one at a time, so none too many. */
        private Lease reserve() {
            synchronized (this) {
                if (closed || live.get() >= count) {
                    return null;
                }
                long t0 = System.nanoTime();
                Lease lease = new Lease(newRecognizer());
                stepNanos[0].add(System.nanoTime() - t0);
                return lease;
            }
        }
    }

    /** Idle recognizers kept: as many as fit in the memory budget. */
    int idleLimit() {
        return (int) Math.max(1, memoryBudget / bytesPerRecognizer);
    }

    int idle() {
        return idle.size();
    }

    /** Recognizers warmed at start so far. */
    int warmed() {
        return warmed.get();
    }

    long bytesPerRecognizer() {
        return bytesPerRecognizer;
    }

    /** A recognizer, confined to the caller until {@link #giveBack}. */
    static final class Lease {
        final Recognizer recognizer;
        /** Audio it decoded in its life, warm-up included: Vosk's clock. */
        private long samples;
        /** Of that, speech (calls' audio or the warm-up recording): what warms it for calls. */
        private volatile long speechSamples; // written by the decoding worker, read by admission
        private long samplesAtLease;

        private Lease(Recognizer recognizer) {
            this.recognizer = recognizer;
        }

        /** Counts speech fed (a call's audio or the warm-up recording), at the model's rate. */
        void fed(int count) {
            samples += count;
            speechSamples += count;
        }

        /**
         * Whether the recognizer has decoded less speech in its life than {@value #COLD_SECONDS} s: its
         * graph cache is still being built for the words calls use, so its decoding costs more than it will.
         */
        boolean cold(int sampleRate) {
            return speechSamples < COLD_SECONDS * sampleRate;
        }

        /** Seconds to add to Vosk's times so that this lease's audio starts at 0. */
        double timeOffset(int sampleRate) {
            return -(double) samplesAtLease / sampleRate;
        }
    }

    Lease take() {
        Lease lease = idle.pollFirst();
        if (lease == null) {
            lease = new Lease(newRecognizer());
        }
        lease.samplesAtLease = lease.samples;
        return lease;
    }

    /**
     * Returns a recognizer. {@code flushed} says whether its stream was finished (its final result taken). A recognizer
     * left mid-stream (an abandoned or failed session) is freed, not pooled: flushing it here still leaves state of the
     * half-decoded stream behind (the next call decoded different words in CI), and abandoned calls are rare enough
     * that a new recognizer's warm-up costs nothing that matters.
     */
    void giveBack(Lease lease, boolean flushed) {
        if (flushed && !closed && idle.size() < idleLimit() && lease.samples < RETIRE_AFTER_SECONDS * sampleRate) {
            idle.addFirst(lease); // most recently used first: its graph cache is the warmest
            if (closed && idle.remove(lease)) {
                destroy(lease); // close() ran meanwhile and did not see it
            }
            return;
        }
        destroy(lease);
    }

    private Recognizer newRecognizer() {
        try {
            Recognizer recognizer = new Recognizer(model, sampleRate);
            recognizer.setWords(true);
            live.incrementAndGet();
            return recognizer;
        } catch (IOException e) {
            throw new IllegalStateException("Vosk could not create a recognizer (out of memory?)", e);
        }
    }

    private void destroy(Lease lease) {
        lease.recognizer.close();
        live.decrementAndGet();
    }

    /** Recognizers allocated and not yet freed, in use or idle. */
    int live() {
        return live.get();
    }

    int sampleRate() {
        return sampleRate;
    }

    /** Frees the idle recognizers; leases given back later are freed at once. */
    @Override
    public void close() {
        closed = true;
        for (Lease lease; (lease = idle.pollFirst()) != null; ) {
            destroy(lease);
        }
    }
}
