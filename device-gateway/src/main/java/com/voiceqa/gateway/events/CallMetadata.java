package com.voiceqa.gateway.events;

import com.voiceqa.asr.StreamFormat;

import java.time.Instant;
import java.util.Objects;

/**
 * What the gateway knows about a call when it starts. Immutable; the same instance accompanies every event of the
 * call.
 *
 * @param callId          unique call id (a UUID for badges; the client's {@code call_id} or a generated UUID for
 *                        WebSocket calls)
 * @param deviceId        the authenticated device, or {@code "anonymous"} for an unauthenticated loopback client
 * @param repId           the sales rep wearing the badge / using the phone, empty when the device did not say
 * @param accountId       the customer account the call is about, empty when unknown
 * @param source          badge or phone
 * @param format          sample rate and speaker role of each channel
 * @param recordedAt      when the device started recording (device clock); for live calls about the arrival time
 * @param storeAndForward {@code true} when the device recorded offline and uploads later, faster than real time:
 *                        partial transcripts of such calls are not "live"
 */
public record CallMetadata(String callId, String deviceId, String repId, String accountId, CallSource source,
                           StreamFormat format, Instant recordedAt, boolean storeAndForward) {

    /** The device id of WebSocket clients that send no credentials (allowed on loopback / in development). */
    public static final String ANONYMOUS_DEVICE = "anonymous";
    public CallMetadata {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(deviceId, "deviceId");
        repId = Objects.requireNonNullElse(repId, "");
        accountId = Objects.requireNonNullElse(accountId, "");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
