package com.voiceqa.asr.engine;

import org.vosk.Model;
import org.vosk.Recognizer;

import java.io.IOException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

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
 */
final class RecognizerPool implements AutoCloseable {

    static final double RETIRE_AFTER_SECONDS = 3600;

    private final Model model;
    private final int sampleRate;
    private final int maxIdle;
    private final ConcurrentLinkedDeque<Lease> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger live = new AtomicInteger();
    private volatile boolean closed;

    RecognizerPool(Model model, int sampleRate, int maxIdle) {
        this.model = model;
        this.sampleRate = sampleRate;
        this.maxIdle = maxIdle;
    }

    /** A recognizer, confined to the caller until {@link #giveBack}. */
    static final class Lease {
        final Recognizer recognizer;
        private long samples;
        private long samplesAtLease;

        private Lease(Recognizer recognizer) {
            this.recognizer = recognizer;
        }

        /** Counts audio fed, at the model's rate. */
        void fed(int count) {
            samples += count;
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
     * Returns a recognizer. {@code flushed} says whether its final result was taken; if not, it is taken here and
     * discarded so the next session starts clean.
     */
    void giveBack(Lease lease, boolean flushed) {
        if (!closed && idle.size() < maxIdle && lease.samples < RETIRE_AFTER_SECONDS * sampleRate) {
            if (!flushed) {
                lease.recognizer.getFinalResult();
            }
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
