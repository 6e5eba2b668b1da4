package com.voiceqa.rules.semantic;

/**
 * The turn before the one being read, as a context-reading clause head sees it: its text (normalized like the turn's
 * own) and who said it. An answer such as "对，在比" only says something next to the question it answers.
 *
 * @param text     the previous utterance's normalized text; blank when there is none (the first turn, a bank line)
 * @param customer whether the customer said it
 */
public record PreviousTurn(String text, boolean customer) {

    /** No previous turn: the first utterance of a call, or a training utterance without a call around it. */
    public static final PreviousTurn NONE = new PreviousTurn("", false);

    public PreviousTurn {
        text = text == null ? "" : text;
    }

    public boolean exists() {
        return !text.isBlank();
    }
}
