package com.voiceqa.asr.engine;

import java.time.Duration;

/**
 * Holds the feeder of a catching-up session to the speed the engine admitted it at (audio-seconds per wall-second):
 * the session then never takes more decoder time than the capacity it was counted for, however much recorded audio
 * is ready. A feeder that paused banks at most {@value #BANK_SECONDS} s of credit, so it cannot burst afterwards.
 */
final class CatchUpPace {

    static final double BANK_SECONDS = 0.5;

    private final double bytesPerNano;
    private long due = System.nanoTime();

    /** @param bytesPerSecond the stream's bytes per second of audio (all channels) */
    CatchUpPace(long bytesPerSecond, int speed) {
        this.bytesPerNano = bytesPerSecond * (double) speed / 1e9;
    }

    /** Waits until {@code bytes} more may be fed at this pace. Called by one feeder thread at a time. */
    void hold(long bytes) throws InterruptedException {
        long now = System.nanoTime();
        due = Math.max(due, now - (long) (BANK_SECONDS * 1e9)) + (long) (bytes / bytesPerNano);
        if (due > now) {
            Thread.sleep(Duration.ofNanos(due - now));
        }
    }
}
