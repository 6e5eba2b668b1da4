package com.voiceqa.gateway.call;

import com.voiceqa.core.id.CallKey;

/** A device asked to open a call under an id it already used (a call still open, or one already finished). */
public final class CallIdTakenException extends Exception {
    public CallIdTakenException(CallKey key) {
        super("device " + key.device() + " already used call id " + key.call() + "; use a new id for a new call");
    }
}
