package com.voiceqa.gateway;

import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.AsrSession;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.Transcript;
import com.voiceqa.core.TranscriptListener;
import com.voiceqa.gateway.call.Transcription;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/** {@link Transcription} by an {@link AsrEngine}; the engine stays owned (and closed) by the caller. */
public record EngineTranscription(AsrEngine engine) implements Transcription {

    @Override
    public AsrSession open(StreamFormat format, TranscriptListener listener) {
        return engine.open(format, listener);
    }

    @Override
    public boolean admitsLive(int channels) {
        return engine.admitsLive(channels);
    }

    @Override
    public CompletableFuture<AsrSession> openWhenAdmitted(StreamFormat format, TranscriptListener listener) {
        return engine.openWhenAdmitted(format, listener, true);
    }

    @Override
    public Transcript transcribe(Path wav, ChannelLayout layout) throws InterruptedException {
        return engine.transcribeWhenAdmitted(wav, layout);
    }
}
