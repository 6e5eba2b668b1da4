package com.voiceqa.web.silence;

import com.voiceqa.web.api.Ref;

import java.time.Instant;

/** A disengagement warning (docs/api.md, "Silence"). */
public record SilenceWarning(long id, Ref account, Ref owner, Instant lastContactAt, double cadenceDays,
                             double silentDays, Instant raisedAt) {
}
