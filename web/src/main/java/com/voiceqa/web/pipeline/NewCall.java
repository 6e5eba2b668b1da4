package com.voiceqa.web.pipeline;

import com.voiceqa.core.ChannelLayout;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A call as the pipeline knows it: who, when, where its recording is and which speaker each channel carries.
 *
 * @param id        unique call id
 * @param source    {@code demo}, {@code upload} or {@code device}
 * @param repId     the rep's user id, or null when the device is not assigned
 * @param accountId the customer account, or null when unknown
 * @param device    device id or a label of the source
 * @param audio     the recording, or null while there is none (a device call in progress)
 * @param layout    the speaker role of each channel of the recording; null only for calls stored before roles were
 *                  recorded (their recording's channel count then decides, see {@link ChannelLayout#forChannels})
 */
public record NewCall(String id, String source, Long repId, Long accountId, String device, Instant startedAt,
                      double durationSeconds, Path audio, ChannelLayout layout) {

    /** The same call with its final recording. */
    public NewCall withAudio(Path recording) {
        return new NewCall(id, source, repId, accountId, device, startedAt, durationSeconds, recording, layout);
    }
}
