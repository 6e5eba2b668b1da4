package com.voiceqa.rules.semantic;

import com.voiceqa.rules.text.Pinyin;

import java.util.List;
import java.util.TreeMap;

/**
 * A window read by sound: its toneless pinyin syllables ({@link Pinyin}) as unigrams, bigrams and trigrams, hashed
 * into {@link #DIMENSIONS} buckets with a sign each (so two n-grams sharing a bucket cancel out on average instead of
 * adding up), counted and scaled to unit length. A recognizer's homophone substitution (报价 → 包价) leaves the
 * syllables and so every feature unchanged; a deletion or insertion changes only the n-grams around it. Characters
 * that are not Chinese are skipped. Fixed before any measurement: 2^14 buckets (a model's n-gram weights stay under
 * 1 MB of file), n up to 3, signed, L2-normalized counts.
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
        List<String> syllables = Pinyin.syllables(window);
        TreeMap<Integer, Float> counts = new TreeMap<>();
        for (int n = 1; n <= LONGEST; n++) {
            for (int i = 0; i + n <= syllables.size(); i++) {
                int h = hash(n + ":" + String.join(" ", syllables.subList(i, i + n)));
                counts.merge(h & (DIMENSIONS - 1), h < 0 ? -1f : 1f, Float::sum);
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
