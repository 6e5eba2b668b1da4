package com.voiceqa.web.pipeline;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A call about to be stored: who, when and where its recording is.
 *
 * @param id        unique call id
 * @param source    {@code demo}, {@code upload} or {@code device}
 * @param repId     the rep's user id, or null when the device is not assigned
 * @param accountId the customer account, or null when unknown
 * @param device    device id or a label of the source
 * @param audio     the recording, or null when there is none
 */
public record NewCall(String id, String source, Long repId, Long accountId, String device, Instant startedAt,
                      double durationSeconds, Path audio) {
}
