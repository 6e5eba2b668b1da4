package com.voiceqa.rules.pack;

/**
 * Which utterances a text condition looks at.
 *
 * @param speaker     speaker role ({@code rep}, {@code customer}), or {@code ""} for any
 * @param skip        not the first N utterances of that speaker (0 = none skipped): a rep's opening says why they
 *                    call ("the contract ends next month"), which reads like a next step but is not one
 * @param first       only the first N utterances of that speaker (0 = no limit), counted after the skipped ones
 * @param last        only the last N utterances of that speaker (0 = no limit), never a skipped one
 * @param fromSeconds only utterances starting at or after this time (0 = from the start)
 * @param toSeconds   only utterances starting before this time ({@code Double.POSITIVE_INFINITY} = to the end)
 * @param anchor      only utterances near a hit of another condition, or {@code null}
 */
public record Scope(String speaker, int skip, int first, int last, double fromSeconds, double toSeconds, Anchor anchor) {

    public static final Scope ANY = new Scope("", 0, 0, 0, 0, Double.POSITIVE_INFINITY, null);

    /**
     * Ties a condition to the hits of another condition.
     *
     * @param conditionId the other condition (it must not itself be anchored to this one)
     * @param relation    before / after / around the other condition's hit
     * @param within      distance in utterances (0 = the same utterance)
     */
    public record Anchor(String conditionId, Relation relation, int within) {
    }

    public enum Relation {
        BEFORE, AFTER, AROUND
    }
}
