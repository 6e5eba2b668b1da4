package com.voiceqa.gateway.net;

/**
 * A WebSocket client broke a limit or the protocol; the message is sent to it in the close frame, with 1008 (policy
 * violation) or, for a message whose content is invalid (a bad config value), 1007 (invalid payload data).
 */
public final class PolicyViolation extends RuntimeException {

    public static final int POLICY = 1008;
    public static final int INVALID_DATA = 1007;

    private final int closeCode;

    public PolicyViolation(String message) {
        this(POLICY, message);
    }

    private PolicyViolation(int closeCode, String message) {
        super(message, null, false, false);
        this.closeCode = closeCode;
    }

    public static PolicyViolation invalidData(String message) {
        return new PolicyViolation(INVALID_DATA, message);
    }

    public int closeCode() {
        return closeCode;
    }
}
