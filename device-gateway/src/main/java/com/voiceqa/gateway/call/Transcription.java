package com.voiceqa.gateway.call;

import com.voiceqa.asr.AsrSession;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.Transcript;
import com.voiceqa.core.TranscriptListener;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * What the gateway needs from the ASR engine: live sessions for calls as they stream, admission (whether a new call
 * can be decoded live without slowing the others), a place in line for calls recorded while the engine was full
 * (promoted to a live session when capacity frees), and a decode of whole recordings for calls that had no live
 * session (ended while queued, or recovered after a restart). {@code AsrEngine} provides them; the gateway runs
 * without ASR when none is given.
 */
public interface Transcription {

    AsrSession open(StreamFormat format, TranscriptListener listener);

    /** Whether a new call of {@code channels} channels can be transcribed live now. */
    boolean admitsLive(int channels);

    /**
     * Puts a streaming call in line; completes (on an engine thread) with a session that catches up on the recorded
     * audio first: {@code AsrEngine#openWhenAdmitted}. Cancel it to leave the line.
     */
    CompletableFuture<AsrSession> openWhenAdmitted(StreamFormat format, TranscriptListener listener);

    /** Transcribes a recording, waiting first until there is spare capacity for it. */
    Transcript transcribe(Path wav, ChannelLayout layout) throws IOException, InterruptedException;
}
