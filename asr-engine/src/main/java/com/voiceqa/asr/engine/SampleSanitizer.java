package com.voiceqa.asr.engine;

/**
 * Makes samples safe for the native decoder, which trusts them: Kaldi asserts {@code !KALDI_ISNAN} on its features and
 * a failed assertion aborts the whole process (every live call with it). A 32/64-bit float WAV can hold NaN, infinity
 * or values far outside [-1, 1]; after scaling to the 16-bit range those become NaN, infinite or huge samples. Each
 * non-finite sample becomes 0 (silence) and each finite one is clamped to the 16-bit range, in place.
 */
final class SampleSanitizer {

    static final float MIN = Short.MIN_VALUE;
    static final float MAX = Short.MAX_VALUE;

    private SampleSanitizer() {
    }

    /** Sanitizes {@code samples[0..count)} in place. */
    static void sanitize(float[] samples, int count) {
        for (int i = 0; i < count; i++) {
            float s = samples[i];
            if (!(s >= MIN && s <= MAX)) { // false for NaN too
                samples[i] = Float.isFinite(s) ? Math.clamp(s, MIN, MAX) : 0f;
            }
        }
    }
}
