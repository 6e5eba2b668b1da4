package com.voiceqa.asr.model;

import com.voiceqa.core.cli.UserError;

/** The speech model is missing, incomplete, corrupt or could not be downloaded; the message says what to do. */
public class ModelException extends UserError {

    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
