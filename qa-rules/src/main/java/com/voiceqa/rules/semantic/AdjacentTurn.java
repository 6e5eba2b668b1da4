package com.voiceqa.rules.semantic;

import java.util.List;

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

    /**
     * For every turn of a call, the nearest turn before it that said something ({@link #NONE} for the first): what a
     * context-reading clause model reads as its previous turn, the same for the engine, the risk model and training.
     */
    public static List<AdjacentTurn> before(List<AdjacentTurn> turns) {
        return nearest(turns, -1);
    }

    /** For every turn of a call, the nearest turn after it that said something ({@link #NONE} for the last). */
    public static List<AdjacentTurn> after(List<AdjacentTurn> turns) {
        return nearest(turns, 1);
    }

    private static List<AdjacentTurn> nearest(List<AdjacentTurn> turns, int step) {
        AdjacentTurn[] out = new AdjacentTurn[turns.size()];
        AdjacentTurn nearest = NONE;
        for (int t = step < 0 ? 0 : turns.size() - 1; t >= 0 && t < turns.size(); t -= step) {
            out[t] = nearest;
            if (turns.get(t).exists()) {
                nearest = turns.get(t);
            }
        }
        return List.of(out);
    }
}
