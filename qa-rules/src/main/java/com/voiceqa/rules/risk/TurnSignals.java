package com.voiceqa.rules.risk;

/**
 * What one turn says about one churn category: the rules' findings there by kind (as {@link CategorySignals} counts
 * them for the whole call) and the clause model's probability for the category in that turn. The risk model reads it
 * to choose which turns of a reported category to point at: the labels often mark one of two turns that say the same
 * thing, and a weak finding next to a strong one is more often the echo (docs/packs-history.md, "Which turns to point at
 * (stop 27)").
 *
 * @param turn        the utterance
 * @param customer    whether the customer said it
 * @param high        high or critical findings without a hard-negative cue whose evidence is in this turn
 * @param highCued    high or critical findings with a cue
 * @param medium      medium findings
 * @param low         low findings without a cue
 * @param lowCued     low findings with a cue
 * @param probability the clause model's highest probability for the category over this turn's windows (0 for a
 *                    rep's turn: the model reads the customer)
 */
public record TurnSignals(int turn, boolean customer, int high, int highCued, int medium, int low, int lowCued,
                          double probability) {
}
