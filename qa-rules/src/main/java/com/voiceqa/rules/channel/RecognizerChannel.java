package com.voiceqa.rules.channel;

import com.voiceqa.rules.text.Punctuation;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Passes text through a simulated Mandarin recognizer ({@link Degradation}). Deterministic: the same seed, key and
 * text give the same output, whatever else was degraded before, so an evaluation is reproducible call by call.
 * Latin letters and digits pass unchanged: the errors modelled are those of a Chinese acoustic model.
 */
public final class RecognizerChannel {

    static final double HOMOPHONE_SHARE = 0.60;
    static final double DELETION_SHARE = 0.25;

    private final Degradation degradation;
    private final long seed;
    private final Homophones homophones;

    public RecognizerChannel(Degradation degradation, long seed) {
        this(degradation, seed, Homophones.common());
    }

    RecognizerChannel(Degradation degradation, long seed, Homophones homophones) {
        this.degradation = degradation;
        this.seed = seed;
        this.homophones = homophones;
    }

    public Degradation degradation() {
        return degradation;
    }

    /** Degraded text and, for each of its characters, the index of the source character it came from. */
    public record Passed(String text, int[] sourceIndex) {
        /** The source range {@code [start, end)} that the output range {@code [from, to)} came from. */
        public int sourceStart(int from) {
            return from < sourceIndex.length ? sourceIndex[from] : sourceIndex.length == 0 ? 0
                    : sourceIndex[sourceIndex.length - 1] + 1;
        }

        public int sourceEnd(int to) {
            return to <= 0 ? 0 : sourceIndex[Math.min(to, sourceIndex.length) - 1] + 1;
        }
    }

    /**
     * {@code text} as the recognizer would hand it over.
     *
     * @param key what makes this text's noise independent of other texts' (e.g. call id and turn)
     */
    public String pass(String key, String text) {
        return passAligned(key, text).text();
    }

    /** Like {@link #pass}, keeping where each output character came from, so that labeled spans can follow it. */
    public Passed passAligned(String key, String text) {
        RandomGenerator random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + key.hashCode());
        StringBuilder out = new StringBuilder(text.length() + 8);
        int[] source = new int[text.length() * 2 + 1];
        double rate = degradation.characterErrorRate();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int before = out.length();
            if (degradation.stripPunctuation() && Punctuation.is(c)) {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                    out.append(' '); // dropped again between Chinese characters by the rules' normalization
                }
            } else if (rate > 0 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    && random.nextDouble() < rate) {
                corrupt(c, random, out);
            } else {
                out.append(c);
            }
            for (int j = before; j < out.length(); j++) {
                source[j] = i;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return new Passed(out.substring(0, end), java.util.Arrays.copyOf(source, end));
    }

    /** One character error: a homophone (60 %), a deletion (25 %) or an insertion after it (15 %). */
    private void corrupt(char c, RandomGenerator random, StringBuilder out) {
        double kind = random.nextDouble();
        if (kind < HOMOPHONE_SHARE) {
            Character similar = homophones.substitute(c, random);
            out.append(similar != null ? similar.charValue() : homophones.any(random));
        } else if (kind >= HOMOPHONE_SHARE + DELETION_SHARE) {
            out.append(c).append(homophones.any(random));
        }
    }
}
