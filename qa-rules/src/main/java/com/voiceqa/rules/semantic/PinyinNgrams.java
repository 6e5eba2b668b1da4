package com.voiceqa.rules.semantic;

import com.voiceqa.rules.text.Negation;
import com.voiceqa.rules.text.Pinyin;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A window read by sound: its toneless pinyin syllables ({@link Pinyin}) as unigrams, bigrams and trigrams, hashed
 * into {@link #DIMENSIONS} buckets with a sign each (so two n-grams sharing a bucket cancel out on average instead of
 * adding up), counted and scaled to unit length. A recognizer's homophone substitution (报价 → 包价) leaves the
 * syllables and so every feature unchanged; a deletion or insertion changes only the n-grams around it. Characters
 * that are not Chinese are skipped. Fixed before any measurement: 2^14 buckets (a model's n-gram weights stay under
 * 1 MB of file), n up to 3, signed, L2-normalized counts.
 *
 * <p>With negation marks ({@code train-semantic --negation-ngrams}), an n-gram whose characters all lie in a negation
 * cue's scope ({@link Negation#governed}: a cue at most {@link Negation#WINDOW} characters before, in the same
 * clause) is counted a second time as a marked feature. Plain n-grams are additive, so "不会再" (a stop) and "从别家"
 * (a rival) add up to churn in 我不会再从别家进货了, a customer who stays; marked, "从别家" under a negation is a
 * feature of its own that a linear reader can weigh apart from a rival named plainly. The plain features are the
 * same with or without marks, so a model trained without them reads exactly as before.
 */
final class PinyinNgrams {

    static final int BITS = 14;
    static final int DIMENSIONS = 1 << BITS;
    static final int LONGEST = 3;

    /** Sparse features: bucket indices in increasing order and their values. */
    record Vector(int[] index, float[] value) {
    }

    private PinyinNgrams() {
    }

    static Vector of(String window) {
        return of(window, false);
    }

    static Vector of(String window, boolean negationMarks) {
        List<String> syllables = new ArrayList<>(window.length());
        boolean[] governed = negationMarks ? Negation.governed(window) : null;
        boolean[] negated = new boolean[window.length()]; // by syllable, not by character
        for (int i = 0; i < window.length(); i++) {
            String syllable = Pinyin.of(window.charAt(i));
            if (syllable != null) {
                negated[syllables.size()] = governed != null && governed[i];
                syllables.add(syllable);
            }
        }
        TreeMap<Integer, Float> counts = new TreeMap<>();
        for (int n = 1; n <= LONGEST; n++) {
            for (int i = 0; i + n <= syllables.size(); i++) {
                String ngram = n + ":" + String.join(" ", syllables.subList(i, i + n));
                count(counts, ngram);
                if (negationMarks && allNegated(negated, i, n)) {
                    count(counts, "neg" + ngram);
                }
            }
        }
        counts.values().removeIf(v -> v == 0);
        double norm = Math.sqrt(counts.values().stream().mapToDouble(v -> v * v).sum());
        int[] index = new int[counts.size()];
        float[] value = new float[counts.size()];
        int j = 0;
        for (var e : counts.entrySet()) {
            index[j] = e.getKey();
            value[j++] = (float) (e.getValue() / norm);
        }
        return new Vector(index, value);
    }

    private static boolean allNegated(boolean[] negated, int from, int n) {
        for (int k = from; k < from + n; k++) {
            if (!negated[k]) {
                return false;
            }
        }
        return true;
    }

    private static void count(TreeMap<Integer, Float> counts, String ngram) {
        int h = hash(ngram);
        counts.merge(h & (DIMENSIONS - 1), h < 0 ? -1f : 1f, Float::sum);
    }

    /**
     * A well-mixed 32-bit hash, the same in every JVM ({@link String#hashCode} is specified), finished by
     * MurmurHash3's mixer so the low bits (the bucket) and the top bit (the sign) are independent.
     */
    private static int hash(String ngram) {
        int h = ngram.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
