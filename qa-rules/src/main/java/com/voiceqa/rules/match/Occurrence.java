package com.voiceqa.rules.match;

/**
 * A place where a text condition's operator matched, in normalized-text offsets, with the reason it was rejected
 * ({@code null} while it still counts). Rejected occurrences are kept so that a dry run can explain a miss.
 *
 * @param utterance utterance index
 * @param start     first character (normalized text)
 * @param end       end, exclusive
 * @param term      index of the operator's term that matched (keywords), or 0
 * @param rejection why it does not count, or {@code null}
 */
public record Occurrence(int utterance, int start, int end, int term, String rejection) {

    public boolean accepted() {
        return rejection == null;
    }

    public Occurrence reject(String reason) {
        return rejection != null ? this : new Occurrence(utterance, start, end, term, reason);
    }
}
