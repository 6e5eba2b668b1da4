package com.voiceqa.web.handover;

import com.voiceqa.web.api.Ref;

import java.time.Instant;

/** One change of an account's owner (docs/api.md, "Rep departure"). */
public record OwnerChange(long id, Ref from, Ref to, Ref changedBy, Instant changedAt, String note) {
}
