package com.voiceqa.asr;

import java.nio.file.Path;

/**
 * The speech engine: one shared Vosk model, a pool of decoder threads and the sessions decoding on it.
 */
public final class AsrEngine implements AutoCloseable {

    private final AsrConfig config;

    private AsrEngine(AsrConfig config) {
        this.config = config;
    }

    /** Loads the model; a missing or damaged model is a {@link com.voiceqa.asr.model.ModelException}. */
    public static AsrEngine load(AsrConfig config) {
        return new AsrEngine(config);
    }

    public AsrConfig config() {
        return config;
    }

    /** Opens a streaming session. */
    public AsrSession open(StreamFormat format, TranscriptListener listener) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Transcribes a whole WAV file (any common PCM layout) and computes its acoustic metrics. */
    public Transcript transcribe(Path wav, ChannelLayout layout, ProgressListener progress) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** The sample rate the model decodes at; other rates are resampled to it. */
    public int modelSampleRate() {
        return 16_000;
    }

    /** The model's language as an ISO 639-1 code, e.g. "zh" or "en". */
    public String language() {
        return "en";
    }

    @Override
    public void close() {
    }
}
