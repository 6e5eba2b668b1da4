package com.voiceqa.rules.risk;

/**
 * One utterance of the call as the risk model reads it.
 *
 * @param customer   whether the customer said it
 * @param text       the text as given (evidence spans index it)
 * @param normalized the text the clause model reads (as the semantic rules read it, so their scores are reused)
 */
public record Turn(boolean customer, String text, String normalized) {
}
