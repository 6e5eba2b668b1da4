package com.voiceqa.core;

/**
 * The decoder's current, still changing hypothesis for the utterance in progress on one channel.
 *
 * @param speaker   the channel's role
 * @param text      clean text of the hypothesis so far
 * @param audioTime seconds of this channel's audio decoded when the partial was produced
 */
public record PartialResult(String speaker, String text, double audioTime) {
}
