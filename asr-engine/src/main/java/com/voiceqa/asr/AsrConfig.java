package com.voiceqa.asr;

import com.voiceqa.asr.metrics.AcousticAnalyzer;
import com.voiceqa.asr.model.DecoderSettings;

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
 * @param warmRecognizers    recognizers created and warmed in the background when the engine loads, so the first
 *                           calls after a start decode as fast as later ones (0: warm on demand)
 * @param warmUpSpeech       a WAV recording of speech in the model's language (any rate; the first channel) that those
 *                           recognizers decode, which warms them for calls far better than the synthetic sound used
 *                           without one (null)
 * @param liveChannelLimit   live channels at most, whatever the measured capacity (an operator's cap; calls beyond
 *                           it are recorded and transcribed later, see {@link AsrEngine#admitsLive})
 * @param decoder            the decoder's search width (beam, max-active, lattice-beam) for every recognizer
 */
public record AsrConfig(Path modelDir, int workers, double maxBacklogSeconds, Duration idleTimeout,
                        double longSilenceSeconds, int warmRecognizers, Path warmUpSpeech,
                        int liveChannelLimit, DecoderSettings decoder) {

    public AsrConfig {
        Objects.requireNonNull(modelDir, "modelDir");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(decoder, "decoder");
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
        if (liveChannelLimit < 0) {
            throw new IllegalArgumentException("liveChannelLimit must not be negative, got " + liveChannelLimit);
        }
        if (warmRecognizers < 0) {
            throw new IllegalArgumentException("warmRecognizers must not be negative, got " + warmRecognizers);
        }
    }

    /**
     * Defaults: one worker per core, 10 s backlog, 60 s idle timeout, silences of 5 s or more are long, no
     * recognizers warmed at start (servers ask for some with {@link #withWarmRecognizers}, on speech with
     * {@link #withWarmUpSpeech}), live channels limited
     * only by the measured capacity, the decoder settings of {@link DecoderSettings#fromEnvironment()}.
     */
    public static AsrConfig of(Path modelDir) {
        return new AsrConfig(modelDir, Runtime.getRuntime().availableProcessors(), 10.0, Duration.ofSeconds(60),
                AcousticAnalyzer.DEFAULT_LONG_SILENCE_SECONDS, 0, null, Integer.MAX_VALUE,
                DecoderSettings.fromEnvironment());
    }

    public AsrConfig withWorkers(int workers) {
        return new AsrConfig(modelDir, workers, maxBacklogSeconds, idleTimeout, longSilenceSeconds, warmRecognizers,
                warmUpSpeech, liveChannelLimit, decoder);
    }

    public AsrConfig withIdleTimeout(Duration idleTimeout) {
        return new AsrConfig(modelDir, workers, maxBacklogSeconds, idleTimeout, longSilenceSeconds, warmRecognizers,
                warmUpSpeech, liveChannelLimit, decoder);
    }

    public AsrConfig withMaxBacklogSeconds(double maxBacklogSeconds) {
        return new AsrConfig(modelDir, workers, maxBacklogSeconds, idleTimeout, longSilenceSeconds, warmRecognizers,
                warmUpSpeech, liveChannelLimit, decoder);
    }

    public AsrConfig withWarmRecognizers(int warmRecognizers) {
        return new AsrConfig(modelDir, workers, maxBacklogSeconds, idleTimeout, longSilenceSeconds, warmRecognizers,
                warmUpSpeech, liveChannelLimit, decoder);
    }

    public AsrConfig withWarmUpSpeech(Path warmUpSpeech) {
        return new AsrConfig(modelDir, workers, maxBacklogSeconds, idleTimeout, longSilenceSeconds, warmRecognizers,
                warmUpSpeech, liveChannelLimit, decoder);
    }

    public AsrConfig withLiveChannelLimit(int liveChannelLimit) {
        return new AsrConfig(modelDir, workers, maxBacklogSeconds, idleTimeout, longSilenceSeconds, warmRecognizers,
                warmUpSpeech, liveChannelLimit, decoder);
    }

    public AsrConfig withDecoder(DecoderSettings decoder) {
        return new AsrConfig(modelDir, workers, maxBacklogSeconds, idleTimeout, longSilenceSeconds, warmRecognizers,
                warmUpSpeech, liveChannelLimit, decoder);
    }
}
