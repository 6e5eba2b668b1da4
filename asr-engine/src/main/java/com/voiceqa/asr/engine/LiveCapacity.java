package com.voiceqa.asr.engine;

import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many live channels the workers can decode in real time, learned from the decoding itself: every live turn
 * reports the CPU time its worker thread spent and how much audio it decoded. Capacity = the cores the workers can
 * get × {@value #TARGET_UTILIZATION} / (CPU-seconds per audio-second), the headroom keeping everyone's partials
 * prompt and leaving the rest of the process (network, spool, JIT) its share.
 *
 * <p>CPU time, not wall time: a turn's wall time also counts every moment its thread waited for a core (the other
 * worker, the event loops, the JIT, other processes), which on a shared machine inflated the estimate two to three
 * times and kept the decoders half idle (BENCHMARKS.md, "Why the decoders stayed at one core"). What other processes
 * take is counted once, as cores the workers cannot get ({@link #update(long, double)}), so a machine loaded by
 * others still admits fewer calls.
 *
 * <p>A new call is admitted only while that capacity is not used up and no session lags by more than
 * {@value #LAGGING_SECONDS} s beyond the turn it is gathering, so a newcomer never slows the calls already decoding.
 * An idle engine admits any call.
 */
final class LiveCapacity {

    static final double TARGET_UTILIZATION = 0.85;
    /** Share of the workers in use from which sessions batch their turns (see {@link #busy()}). */
    static final double BUSY_SHARE = 0.5;
    static final double LAGGING_SECONDS = 1.0;
    /** Weight of the newest window in the estimates (windows are the reaper's period, ≤ 1 s). */
    private static final double SMOOTHING = 0.2;
    /** Windows with less audio than this say little about the cost: they are skipped. */
    private static final double MIN_WINDOW_AUDIO_SECONDS = 2.0;

    private final int workers;
    private final int limit;
    private final int cores;
    private final LongAdder cpuNanos = new LongAdder();
    private final LongAdder audioMicros = new LongAdder();
    /** Worker CPU time since the last update, whatever the audio: what the workers use now, for monitoring. */
    private final LongAdder windowCpuNanos = new LongAdder();
    /** Wall time workers spent in turns since the last update: how occupied they are, for {@link #busy()}. */
    private final LongAdder windowWallNanos = new LongAdder();
    private long lastUpdateNanos = System.nanoTime();
    private volatile double cost;
    private volatile double coresUsed;
    private volatile double workersOccupied;
    private volatile double otherProcessesCores;

    /**
     * @param cores the machine's cores (as the JVM sees them)
     * @param limit channels at most whatever the measurements say (the operator's cap)
     * @param initialCost CPU-seconds per audio-second assumed until warm turns were measured
     *                    ({@link NativeAllocator#decoderCostPrior()}): a fresh engine admits its first burst on it
     */
    LiveCapacity(int workers, int cores, int limit, double initialCost) {
        this.workers = workers;
        this.cores = cores;
        this.limit = limit;
        this.cost = initialCost;
    }

    /**
     * A live turn held a worker for {@code wallNanos}, of which it spent {@code cpuNanos} on a core, decoding
     * {@code channelSeconds} (all channels summed). A turn of a cold recognizer ({@code warm} false: a new one's
     * first seconds, while its graph cache is built) counts for what the workers use now but not for the cost per
     * audio-second: that start-up cost is paid once per recognizer and then gone, and counting it while a fresh
     * engine or a burst makes new recognizers queued calls that the warm cost would have fitted.
     */
    void turn(long wallNanos, long cpuNanos, double channelSeconds, boolean warm) {
        windowCpuNanos.add(cpuNanos);
        windowWallNanos.add(wallNanos);
        if (warm) {
            this.cpuNanos.add(cpuNanos);
            audioMicros.add((long) (channelSeconds * 1e6));
        }
    }

    /**
     * Folds the window since the last call into the estimates; called periodically by one thread.
     *
     * @param otherProcesses cores other processes used in that window ({@link MachineLoad})
     */
    void update(long nowNanos, double otherProcesses) {
        double wall = (nowNanos - lastUpdateNanos) / 1e9;
        lastUpdateNanos = nowNanos;
        if (wall > 0) {
            coresUsed = windowCpuNanos.sumThenReset() / 1e9 / wall;
            workersOccupied = windowWallNanos.sumThenReset() / 1e9 / wall;
        }
        otherProcessesCores = smoothed(otherProcessesCores, Math.max(0, otherProcesses));
        double audio = audioMicros.sum() / 1e6;
        if (audio < MIN_WINDOW_AUDIO_SECONDS) {
            return;
        }
        double cpu = cpuNanos.sumThenReset() / 1e9;
        audioMicros.reset();
        cost = smoothed(cost, cpu / audio);
    }

    private static double smoothed(double estimate, double window) {
        return (1 - SMOOTHING) * estimate + SMOOTHING * window;
    }

    /** CPU-seconds per second of one channel's audio, as last estimated. */
    double costPerAudioSecond() {
        return cost;
    }

    /** Cores the decoder workers used in the last window (their CPU time per second). */
    double coresUsed() {
        return coresUsed;
    }

    /** Cores the workers can get: one each at most, less what other processes take of the machine. */
    double workerCores() {
        return Math.max(0, Math.min(workers, cores - otherProcessesCores));
    }

    /**
     * Whether the workers were occupied (in turns, on a core or waiting for one) at least half the last window:
     * sessions then gather longer turns, which cost less CPU per audio-second (fewer switches between recognizers'
     * states; BENCHMARKS.md "Longer turns"). Occupancy, not CPU: on a loaded machine a worker waiting for a core is
     * no more free to take another session's turn.
     */
    boolean busy() {
        return workersOccupied >= workers * BUSY_SHARE;
    }

    /** Channels the workers can keep in real time (at most the limit). */
    int channels() {
        return (int) Math.min(limit, Math.floor(workerCores() * TARGET_UTILIZATION / cost));
    }

    /** An idle engine admits any call: there is nobody to slow down, however slow the machine measured. */
    boolean admits(int liveChannels, int newChannels, double worstLagSeconds) {
        return liveChannels == 0
                || liveChannels + newChannels <= channels() && worstLagSeconds <= LAGGING_SECONDS;
    }

    /** Why {@link #admits} refused, in the figures it used: for the log line an operator reads when calls queue. */
    String refusal(int liveChannels, int newChannels, double worstLagSeconds) {
        String room = String.format(Locale.ROOT, "%d channels in use (cold ones twice) + %d new, capacity %d"
                + " (%.4f CPU-s per audio-s on %.2f cores)", liveChannels, newChannels, channels(), cost, workerCores());
        return worstLagSeconds > LAGGING_SECONDS
                ? String.format(Locale.ROOT, "a live session lags %.1f s; %s", worstLagSeconds, room) : room;
    }
}
