package com.voiceqa.gateway.net;

/** A WebSocket client broke a limit or the protocol; the message is sent to it in the close frame. */
public final class PolicyViolation extends RuntimeException {
    public PolicyViolation(String message) {
        super(message, null, false, false);
    }
}
