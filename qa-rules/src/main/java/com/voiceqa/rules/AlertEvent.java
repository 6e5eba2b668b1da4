package com.voiceqa.rules;

/**
 * Raised during live evaluation when a rule first finds something in a call still in progress.
 *
 * @param callId        the call
 * @param hit           the finding, with the evidence found so far
 * @param utteranceEnd  end (seconds into the call) of the utterance that triggered the alert
 * @param emittedAtNanos {@link System#nanoTime()} when the alert was emitted, for latency measurement
 */
public record AlertEvent(String callId, RuleHit hit, double utteranceEnd, long emittedAtNanos) {
}
