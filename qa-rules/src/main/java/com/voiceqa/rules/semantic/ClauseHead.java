package com.voiceqa.rules.semantic;

import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The trained part of a {@link ClauseModel}: from what is known about a window to one probability per label.
 * Immutable and thread-safe.
 */
sealed interface ClauseHead permits LinearHead, ContextMlpHead {

    /**
     * What a head may read about a window.
     *
     * @param window           the window's embedding
     * @param turn             the embedding of its whole turn (null for heads that do not read context)
     * @param previous         the embedding of the previous turn (null when there is none or the head does not read it)
     * @param customer         whether the customer said the window
     * @param previousCustomer whether the customer said the previous turn
     * @param next             the embedding of the next turn (null when there is none or the head does not read it)
     * @param nextCustomer     whether the customer said the next turn
     */
    record Features(float[] window, float[] turn, float[] previous, boolean customer, boolean previousCustomer,
                    float[] next, boolean nextCustomer) {
    }

    HeadKind kind();

    /** The oldest model file format that holds this head ({@link ClauseModel#FORMAT}). */
    int format();

    List<String> labels();

    /** One probability per label, in the order of {@link #labels()}. */
    double[] probabilities(Features features);

    /** Adds this head's fields to a model file's root object. */
    void write(ObjectNode root);
}
