package com.voiceqa.gateway.call;

import com.voiceqa.asr.AsrSession;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.Transcript;
import com.voiceqa.core.TranscriptListener;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What the gateway needs from the ASR engine: live sessions for calls as they stream, admission (whether a new call
 * can be decoded live without slowing the others), and a decode of whole recordings for calls that had no live
 * session (recorded while the engine was full, or recovered after a restart). {@code AsrEngine} provides all three;
 * the gateway runs without ASR when none is given.
 */
public interface Transcription {

    AsrSession open(StreamFormat format, TranscriptListener listener);

    /** Whether a new call of {@code channels} channels can be transcribed live now. */
    boolean admitsLive(int channels);

    /** Transcribes a recording, waiting first until there is spare capacity for it. */
    Transcript transcribe(Path wav, ChannelLayout layout) throws IOException, InterruptedException;
}
