package com.voiceqa.asr.engine;

import java.util.concurrent.atomic.LongAdder;

/**
 * How many live channels the workers can decode in real time, learned from the decoding itself: every live turn
 * reports how long it kept a worker busy (wall time, so a machine loaded by other processes counts as slower) and
 * how much audio it decoded. Capacity = workers × {@value #TARGET_UTILIZATION} / (worker-seconds per audio-second),
 * the headroom keeping everyone's partials prompt. A new call is admitted only while that capacity is not used up
 * and no session has fallen behind by more than {@value #LAGGING_SECONDS} s, so a newcomer never slows the calls
 * already decoding. An idle engine admits any call.
 */
final class LiveCapacity {

    static final double TARGET_UTILIZATION = 0.85;
    /** Share of the workers in use from which sessions batch their turns (see {@link #busy()}). */
    static final double BUSY_SHARE = 0.5;
    static final double LAGGING_SECONDS = 1.0;
    /** Assumed cost before anything was measured: the English small model's live cost on a 2-core machine. */
    static final double INITIAL_COST = 0.06;
    /** Weight of the newest window in the cost estimate (windows are the reaper's period, ≤ 1 s). */
    private static final double SMOOTHING = 0.2;
    /** Windows with less audio than this say little about the cost: they are skipped. */
    private static final double MIN_WINDOW_AUDIO_SECONDS = 2.0;

    private final int workers;
    private final int limit;
    private final LongAdder busyNanos = new LongAdder();
    private final LongAdder audioMicros = new LongAdder();
    /** Busy worker time since the last update, whatever the audio: what the workers use now, for monitoring. */
    private final LongAdder windowBusyNanos = new LongAdder();
    private long lastUpdateNanos = System.nanoTime();
    private volatile double cost = INITIAL_COST;
    private volatile double coresUsed;

    /** @param limit channels at most whatever the measurements say (the operator's cap) */
    LiveCapacity(int workers, int limit) {
        this.workers = workers;
        this.limit = limit;
    }

    /** A live turn kept a worker busy for {@code nanos} decoding {@code channelSeconds} (all channels summed). */
    void turn(long nanos, double channelSeconds) {
        busyNanos.add(nanos);
        windowBusyNanos.add(nanos);
        audioMicros.add((long) (channelSeconds * 1e6));
    }

    /** Folds the window since the last call into the estimate; called periodically by one thread. */
    void update() {
        update(System.nanoTime());
    }

    void update(long nowNanos) {
        double wall = (nowNanos - lastUpdateNanos) / 1e9;
        lastUpdateNanos = nowNanos;
        if (wall > 0) {
            coresUsed = windowBusyNanos.sumThenReset() / 1e9 / wall;
        }
        double audio = audioMicros.sum() / 1e6;
        if (audio < MIN_WINDOW_AUDIO_SECONDS) {
            return;
        }
        double busy = busyNanos.sumThenReset() / 1e9;
        audioMicros.reset();
        cost = (1 - SMOOTHING) * cost + SMOOTHING * (busy / audio);
    }

    /** Worker-seconds per second of one channel's audio, as last estimated. */
    double costPerAudioSecond() {
        return cost;
    }

    /**
     * Workers kept busy decoding live audio in the last window (wall time of turns per second: on a machine other
     * processes load, a busy worker may hold less than a core).
     */
    double coresUsed() {
        return coresUsed;
    }

    /**
     * Whether the workers were busy at least half the last window: sessions then gather longer turns, which cost less
     * CPU per audio-second (fewer switches between recognizers' states; BENCHMARKS.md "Longer turns").
     */
    boolean busy() {
        return coresUsed >= workers * BUSY_SHARE;
    }

    /** Channels the workers can keep in real time (at most the limit). */
    int channels() {
        return (int) Math.min(limit, Math.floor(workers * TARGET_UTILIZATION / cost));
    }

    /** An idle engine admits any call: there is nobody to slow down, however slow the machine measured. */
    boolean admits(int liveChannels, int newChannels, double worstBacklogSeconds) {
        return liveChannels == 0
                || liveChannels + newChannels <= channels() && worstBacklogSeconds <= LAGGING_SECONDS;
    }
}
