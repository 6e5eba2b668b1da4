package com.voiceqa.rules;

/**
 * Where a condition matched: a character span of one utterance, with the utterance's time span for jump-to-audio.
 * Acoustic conditions (silence, interruptions…) have no utterance: {@code utterance} is -1 and the span is empty.
 *
 * @param utterance    index into {@link CallRecord#utterances()}, or -1 for call-level acoustic evidence
 * @param charStart    first character of the match in the utterance's text (inclusive)
 * @param charEnd      end of the match (exclusive)
 * @param startSeconds start of the utterance (or of the acoustic event)
 * @param endSeconds   end of the utterance (or of the acoustic event)
 * @param speaker      speaker role of the utterance ({@code ""} for call-level evidence)
 * @param text         the matched text, or a description of the acoustic event
 */
public record Evidence(int utterance, int charStart, int charEnd, double startSeconds, double endSeconds,
                       String speaker, String text) {
}
