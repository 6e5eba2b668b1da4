package com.voiceqa.rules.channel;

/**
 * What the simulated recognizer does to a transcript: {@code none}; {@code nopunct} (punctuation stripped, as Vosk
 * emits none); {@code cer=R} (punctuation stripped and Chinese characters corrupted at rate R: homophone
 * substitutions 60 %, deletions 25 %, insertions 15 %, the mix of shared/ANCHORS.md).
 *
 * @param stripPunctuation whether punctuation is removed
 * @param characterErrorRate probability that a Chinese character is corrupted, 0..0.5
 */
public record Degradation(boolean stripPunctuation, double characterErrorRate) {

    public static final Degradation NONE = new Degradation(false, 0);
    public static final Degradation NO_PUNCTUATION = new Degradation(true, 0);

    public Degradation {
        if (!(characterErrorRate >= 0 && characterErrorRate <= 0.5)) {
            throw new IllegalArgumentException("character error rate must be between 0 and 0.5, got " + characterErrorRate);
        }
        if (characterErrorRate > 0 && !stripPunctuation) {
            throw new IllegalArgumentException("a recognizer that makes character errors writes no punctuation either");
        }
    }

    /** Parses {@code none}, {@code nopunct} or {@code cer=R}; a bad value gets a message naming the accepted forms. */
    public static Degradation parse(String spec) {
        String s = spec.strip().toLowerCase(java.util.Locale.ROOT);
        if (s.equals("none")) {
            return NONE;
        }
        if (s.equals("nopunct")) {
            return NO_PUNCTUATION;
        }
        if (s.startsWith("cer=")) {
            try {
                return new Degradation(true, Double.parseDouble(s.substring(4)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + spec + "': " + (e instanceof NumberFormatException
                        ? "the rate after cer= must be a number such as 0.2" : e.getMessage()), e);
            }
        }
        throw new IllegalArgumentException("unknown degradation '" + spec + "'; use none, nopunct or cer=0.1 / cer=0.2");
    }

    @Override
    public String toString() {
        return characterErrorRate > 0 ? "cer=" + characterErrorRate : stripPunctuation ? "nopunct" : "none";
    }
}
