package com.voiceqa.gateway.call;

/** A device asked for more simultaneous calls than the gateway allows. */
public final class TooManyCallsException extends Exception {
    public TooManyCallsException(String deviceId, int limit) {
        super("device " + deviceId + " already has " + limit + " open calls (the limit); end one first");
    }
}
