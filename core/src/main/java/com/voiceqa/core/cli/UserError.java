package com.voiceqa.core.cli;

/**
 * A failure caused by input or environment the user controls (a missing file, a bad model, a wrong flag).
 * Its message is shown as is, so it must say what went wrong and what to do.
 */
public class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
