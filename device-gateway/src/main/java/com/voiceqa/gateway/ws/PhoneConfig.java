package com.voiceqa.gateway.ws;

import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.id.CallId;
import com.voiceqa.core.id.DeviceId;

import java.util.Optional;

/**
 * A WebSocket client's {@code {"config": {...}}}: vosk-server's keys ({@code sample_rate}, {@code words}) plus
 * VoiceQA's call metadata, which plain Vosk clients simply do not send.
 *
 * @param sampleRate audio rate in Hz ({@code sample_rate}); vosk-server's default of 8000 when absent
 * @param words      include per-word timings in results ({@code words}, default true like vosk-server)
 * @param deviceId   {@code device_id}; empty for an anonymous client
 * @param token      {@code token}, checked against the device directory
 * @param callId     {@code call_id}; a random UUID when absent
 * @param repId      {@code rep_id}, as the client claims it (see {@link com.voiceqa.core.events.CallMetadata})
 * @param accountId  {@code account_id} (the customer account)
 * @param layout     {@code layout}: speaker roles per channel, e.g. {@code "rep,customer"}; mono by default
 */
public record PhoneConfig(int sampleRate, boolean words, Optional<DeviceId> deviceId, Optional<String> token,
                          Optional<CallId> callId, String repId, String accountId, ChannelLayout layout) {

    public static final int DEFAULT_SAMPLE_RATE = 8000;
    public static final PhoneConfig DEFAULT = new PhoneConfig(DEFAULT_SAMPLE_RATE, true, Optional.empty(),
            Optional.empty(), Optional.empty(), "", "", ChannelLayout.MONO);
}
