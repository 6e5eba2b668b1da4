package com.voiceqa.gateway;

import com.voiceqa.asr.AsrSession;
import com.voiceqa.asr.ChannelLayout;
import com.voiceqa.asr.StreamFormat;
import com.voiceqa.asr.Transcript;
import com.voiceqa.asr.TranscriptListener;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What the gateway needs from the ASR engine: live sessions for calls as they stream, and a whole-file decode for
 * calls recovered after a restart (their live session died with the old process). {@code AsrEngine} provides both;
 * the gateway runs without ASR when none is given.
 */
public interface Transcription {

    AsrSession open(StreamFormat format, TranscriptListener listener);

    Transcript transcribe(Path wav, ChannelLayout layout) throws IOException;
}
