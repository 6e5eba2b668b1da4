package com.voiceqa.web.calls;

import com.voiceqa.web.api.Ref;

import java.time.Instant;

/** A call in lists (docs/api.md, CallSummary). Score fields are null until the call is processed. */
public record CallSummary(String id, Instant startedAt, double durationSeconds, Ref rep, Ref team, Ref account,
                          String device, String source, String status, double progress, String error, Double score,
                          Double maxScore, boolean vetoed, String churnRisk, int hitCount, int openAppeals,
                          boolean hasAudio) {
}
