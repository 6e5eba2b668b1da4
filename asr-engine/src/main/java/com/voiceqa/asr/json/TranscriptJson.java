package com.voiceqa.asr.json;

import com.voiceqa.asr.Transcript;

import java.io.OutputStream;

/** Writes a {@link Transcript} as the JSON object of the {@code transcribe --json} command. */
public final class TranscriptJson {

    private TranscriptJson() {
    }

    public static String toJson(Transcript transcript) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public static void write(Transcript transcript, OutputStream out) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
