package com.voiceqa.web.devices;

import com.voiceqa.web.api.Ref;

import java.time.Instant;

/** A device as the API shows it: never with its secret. */
public record DeviceView(long id, String deviceId, String name, Ref rep, Instant createdAt, Instant lastSeenAt,
                         boolean online) {
}
