package com.voiceqa.rules.semantic;

/**
 * The turn before or after the one being read, as a context-reading clause head sees it: its text (normalized like
 * the turn's own) and who said it. An answer such as "对，在比" only says something next to the question it answers,
 * and the rep's reply ("那我跟领导申请一下价格") says how the rep heard the turn before it.
 *
 * @param text     the adjacent utterance's normalized text; blank when there is none (the first or last turn, a bank
 *                 line, or a live call's newest turn, whose reply has not been spoken yet)
 * @param customer whether the customer said it
 */
public record AdjacentTurn(String text, boolean customer) {

    /** No adjacent turn on that side. */
    public static final AdjacentTurn NONE = new AdjacentTurn("", false);

    public AdjacentTurn {
        text = text == null ? "" : text;
    }

    public boolean exists() {
        return !text.isBlank();
    }
}
