package com.voiceqa.asr.engine;

import com.voiceqa.asr.diarize.VoiceFeatureTrack;
import com.voiceqa.asr.metrics.EnergyTrack;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.PartialResult;
import com.voiceqa.core.Segment;

import java.util.function.Consumer;

/**
 * Decodes one speaker channel: resamples to the model's rate when needed, feeds the Vosk recognizer, tracks the
 * channel's energy for the call metrics (and, on a mono channel that mixes both speakers, its voice features for
 * the diarizer) and reports segments as the recognizer finds utterance ends.
 * Confined to one thread at a time (the session's turn on a worker); owns the native recognizer until
 * {@link #close()}.
 */
final class ChannelDecoder implements AutoCloseable {

    private final String speaker;
    private final int inputRate;
    private final RecognizerPool pool;
    private final RecognizerPool.Lease lease;
    private final StreamResampler resampler;
    private final EnergyTrack energy;
    /** Only on a channel whose speakers the diarizer must tell apart, else {@code null}. */
    private final VoiceFeatureTrack voice;
    private final VoskResults results;
    private final SeededDither dither = new SeededDither();
    private final Consumer<Segment> segments;
    private final double timeOffset;
    private long samplesIn;
    private String lastPartial = "";
    private boolean flushed;

    ChannelDecoder(RecognizerPool pool, int inputRate, String speaker, VoskResults results,
                   Consumer<Segment> segments) {
        this.speaker = speaker;
        this.inputRate = inputRate;
        this.results = results;
        this.segments = segments;
        this.pool = pool;
        this.resampler = inputRate == pool.sampleRate() ? null : new StreamResampler(inputRate, pool.sampleRate());
        this.energy = new EnergyTrack(inputRate);
        this.voice = new ChannelLayout(java.util.List.of(speaker)).needsDiarization() ? new VoiceFeatureTrack(inputRate) : null;
        this.lease = pool.take();
        this.timeOffset = lease.timeOffset(pool.sampleRate());
    }

    /**
     * Decodes {@code samples[0..count)} at the input rate (16-bit range); emits a segment when the recognizer ends an
     * utterance. JNA copies the whole array into native memory, so callers pass a buffer sized to the chunk. The
     * samples are sanitized in place first and dithered in place last ({@link SeededDither}): this is the one door to
     * the native decoder for files, uploads and streams alike.
     */
    void accept(float[] samples, int count) {
        SampleSanitizer.sanitize(samples, count);
        energy.accept(samples, 0, count);
        if (voice != null) {
            voice.accept(samples, 0, count);
        }
        samplesIn += count;
        boolean endpoint;
        if (resampler == null) {
            endpoint = decode(samples, count);
        } else {
            resampler.process(samples, 0, count, false);
            endpoint = decode(resampler.output(), resampler.produced());
        }
        if (endpoint) {
            emit(lease.recognizer.getResult());
            lastPartial = "";
        }
    }

    /** Whether its recognizer is new and still cold (see {@link RecognizerPool.Lease#cold}). */
    boolean cold() {
        return lease.cold(pool.sampleRate());
    }

    private boolean decode(float[] samples, int count) {
        dither.apply(samples, count);
        lease.fed(count);
        return lease.recognizer.acceptWaveForm(samples, count);
    }

    /** The hypothesis in progress when it changed since the last call, else {@code null}. */
    PartialResult partialIfChanged() {
        String text = results.partialText(lease.recognizer.getPartialResult());
        if (text.isEmpty() || text.equals(lastPartial)) {
            return null;
        }
        lastPartial = text;
        return new PartialResult(speaker, text, secondsIn());
    }

    /** Flushes the resampler and the recognizer: the last utterance becomes a segment. */
    void finish() {
        if (resampler != null) {
            resampler.process(new float[0], 0, 0, true);
            if (resampler.produced() > 0) {
                decode(resampler.output(), resampler.produced());
            }
        }
        emit(lease.recognizer.getFinalResult());
        flushed = true;
    }

    private void emit(String json) {
        Segment segment = results.segment(speaker, json, timeOffset);
        if (segment != null) {
            segments.accept(segment);
        }
    }

    double secondsIn() {
        return (double) samplesIn / inputRate;
    }

    /** The voice features of the last {@code seconds}; only on a channel that needs diarization. */
    VoiceFeatureTrack.Recent recentVoice(double seconds) {
        return voice.recent(seconds);
    }

    /** What the call's metrics (and diarization) need of this channel. */
    ChannelTracks tracks() {
        return new ChannelTracks(energy.levels(), voice == null ? null : voice.features());
    }

    @Override
    public void close() {
        pool.giveBack(lease, flushed);
    }
}
