package com.voiceqa.asr;

import com.voiceqa.asr.metrics.AcousticAnalyzer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How an {@link AsrEngine} runs.
 *
 * @param modelDir           a Vosk model directory (am/, conf/, graph/, ivector/)
 * @param workers            decoder threads shared by all sessions; more than the cores only adds contention
 * @param maxBacklogSeconds  undecoded audio a session may queue before {@link AsrSession#feed} asks the caller to wait
 * @param idleTimeout        a session that gets no audio for this long is closed and its recognizers released
 * @param longSilenceSeconds silences at least this long are reported as long silences in the call metrics
 */
public record AsrConfig(Path modelDir, int workers, double maxBacklogSeconds, Duration idleTimeout,
                        double longSilenceSeconds) {

    public AsrConfig {
        Objects.requireNonNull(modelDir, "modelDir");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        if (!(maxBacklogSeconds > 0)) {
            throw new IllegalArgumentException("maxBacklogSeconds must be positive, got " + maxBacklogSeconds);
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive, got " + idleTimeout);
        }
        if (!(longSilenceSeconds > 0)) {
            throw new IllegalArgumentException("longSilenceSeconds must be positive, got " + longSilenceSeconds);
        }
    }

    /** Defaults: one worker per core, 10 s backlog, 60 s idle timeout, silences of 5 s or more are long. */
    public static AsrConfig of(Path modelDir) {
        return new AsrConfig(modelDir, Runtime.getRuntime().availableProcessors(), 10.0, Duration.ofSeconds(60),
                AcousticAnalyzer.DEFAULT_LONG_SILENCE_SECONDS);
    }

    public AsrConfig withWorkers(int workers) {
        return new AsrConfig(modelDir, workers, maxBacklogSeconds, idleTimeout, longSilenceSeconds);
    }

    public AsrConfig withIdleTimeout(Duration idleTimeout) {
        return new AsrConfig(modelDir, workers, maxBacklogSeconds, idleTimeout, longSilenceSeconds);
    }

    public AsrConfig withMaxBacklogSeconds(double maxBacklogSeconds) {
        return new AsrConfig(modelDir, workers, maxBacklogSeconds, idleTimeout, longSilenceSeconds);
    }
}
