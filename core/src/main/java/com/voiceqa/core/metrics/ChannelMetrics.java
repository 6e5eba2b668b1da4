package com.voiceqa.core.metrics;

import java.util.List;

/**
 * Acoustic metrics of one speaker channel.
 *
 * @param role                 the channel's speaker role
 * @param speech               voiced spans found from the audio energy (not from the transcript)
 * @param speechSeconds        total speech time
 * @param talkRatio            this channel's share of all speech time in the call (0..1)
 * @param longestMonologue     longest stretch in which only this channel speaks, gaps under the turn gap merged (seconds)
 * @param interruptionsMade    how many times this role started speaking over the other
 * @param speechRatePerMinute  transcript units (Chinese characters, or words for space-delimited languages) per
 *                             minute of this channel's speech; 0 when there is no transcript
 */
public record ChannelMetrics(String role, List<Interval> speech, double speechSeconds, double talkRatio,
                             double longestMonologue, int interruptionsMade, double speechRatePerMinute) {
    public ChannelMetrics {
        speech = List.copyOf(speech);
    }
}
