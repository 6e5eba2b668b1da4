package com.voiceqa.core.events;

import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.id.CallKey;

import java.time.Instant;
import java.util.Objects;

/**
 * What the gateway knows about a call when it starts. Immutable; the same instance accompanies every event of the
 * call.
 *
 * @param key             the device and its own call id (a UUID for badges; the client's {@code call_id} or a generated
 *                        UUID for WebSocket calls); {@link #callId()} is the product-wide id derived from it
 * @param repId           the sales rep the device <em>declares</em> (badge CALL_START, WebSocket {@code rep_id}):
 *                        unverified, so the layers above attribute calls from their own device records. Always empty
 *                        for anonymous clients, which have no device to vouch for them
 * @param accountId       the customer account the call is about, empty when unknown
 * @param source          badge or phone
 * @param format          sample rate and speaker role of each channel
 * @param recordedAt      when the device started recording (device clock); for live calls about the arrival time
 * @param storeAndForward {@code true} when the device recorded offline and uploads later, faster than real time:
 *                        partial transcripts of such calls are not "live"
 */
public record CallMetadata(CallKey key, String repId, String accountId, CallSource source, StreamFormat format,
                           Instant recordedAt, boolean storeAndForward) {

    public CallMetadata {
        Objects.requireNonNull(key, "key");
        repId = key.device().isAnonymous() ? "" : Objects.requireNonNullElse(repId, "");
        accountId = Objects.requireNonNullElse(accountId, "");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** The call's id in the product, unique across devices ({@link CallKey#productId()}). */
    public String callId() {
        return key.productId();
    }

    /** The authenticated device, or {@code "anonymous"} for an unauthenticated loopback client. */
    public String deviceId() {
        return key.device().value();
    }
}
