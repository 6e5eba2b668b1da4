package com.voiceqa.rules.hotword;

import java.util.List;

/**
 * One lexicon entry.
 *
 * @param term      the correct spelling, Chinese characters only (one per syllable)
 * @param syllables its toneless pinyin, one syllable per character
 * @param weight    1–10: how readily it replaces; 5 or more also accepts the usual accent confusions (zh/z, n/l,
 *                  ang/an …); 11 forces it: a term of three or more syllables then also replaces text with one
 *                  syllable wrong
 */
public record Hotword(String term, List<String> syllables, int weight) {

    public static final int MAX_WEIGHT = 11;
    static final int FUZZY_WEIGHT = 5;

    public Hotword {
        syllables = List.copyOf(syllables);
        if (syllables.size() != term.length()) {
            throw new IllegalArgumentException("hot word '" + term + "' has " + term.length() + " characters but "
                    + syllables.size() + " pinyin syllables");
        }
        if (weight < 1 || weight > MAX_WEIGHT) {
            throw new IllegalArgumentException("hot word '" + term + "': weight must be 1 to 11, got " + weight);
        }
    }

    /** Whether the heard syllables sound like this term at its weight. */
    boolean heardIn(List<String> heard) {
        int wrong = 0;
        for (int i = 0; i < syllables.size(); i++) {
            if (!sameSound(syllables.get(i), heard.get(i))) {
                wrong++;
            }
        }
        return wrong == 0 || weight == MAX_WEIGHT && syllables.size() >= 3 && wrong == 1;
    }

    private boolean sameSound(String expected, String heard) {
        return expected.equals(heard)
                || weight >= FUZZY_WEIGHT && AccentFolding.fold(expected).equals(AccentFolding.fold(heard));
    }
}
