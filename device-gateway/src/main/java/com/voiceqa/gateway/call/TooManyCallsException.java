package com.voiceqa.gateway.call;

import com.voiceqa.core.id.DeviceId;

/** A device asked for more simultaneous calls than the gateway allows. */
public final class TooManyCallsException extends Exception {
    public TooManyCallsException(DeviceId device, int limit) {
        super("device " + device + " already has " + limit + " open calls (the limit); end one first");
    }
}
