package com.voiceqa.asr.audio;

import com.voiceqa.core.cli.UserError;

/** The audio cannot be read: not a WAV file, corrupt, truncated, empty or in a layout VoiceQA does not support. */
public class AudioFormatException extends UserError {

    public AudioFormatException(String message) {
        super(message);
    }

    public AudioFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
