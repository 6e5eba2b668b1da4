package com.voiceqa.asr.engine;

import java.util.SplittableRandom;

/**
 * Audio for warming recognizers before any call arrives: voiced, syllable-paced sound (a gliding pitch with its
 * harmonics through a few shifting vowel-like resonances, plus breath noise and short pauses). The decoder reads it
 * as speech of some language and explores its graph the way real speech does, which is what fills the recognizer's
 * lazily built graph cache; no recording of any particular language has to ship with the engine.
 */
public final class WarmUpAudio {

    private WarmUpAudio() {
    }

    /** {@code seconds} at {@code rate}, 16-bit range, the same every time (public for bench-asr's cold part). */
    public static float[] of(int rate, double seconds) {
        SplittableRandom random = new SplittableRandom(20261203);
        float[] out = new float[(int) (seconds * rate)];
        double phase = 0;
        double syllableEnd = 0;
        double pitch = 140;
        double[] formants = {500, 1500, 2500};
        for (int i = 0; i < out.length; i++) {
            double t = (double) i / rate;
            if (t >= syllableEnd) {
                syllableEnd = t + 0.12 + random.nextDouble() * 0.2;
                pitch = 100 + random.nextDouble() * 120;
                formants[0] = 300 + random.nextDouble() * 500;
                formants[1] = 900 + random.nextDouble() * 1400;
            }
            double envelope = Math.sin(Math.PI * Math.min(1, (syllableEnd - t) / 0.3));
            boolean pause = ((int) (t / 1.7)) % 3 == 2 && (t % 1.7) < 0.35;
            phase += 2 * Math.PI * pitch / rate;
            double voiced = 0;
            for (int h = 1; h * pitch < rate / 2.0 && h <= 30; h++) {
                double f = h * pitch;
                double gain = 0;
                for (double formant : formants) {
                    double detune = (f - formant) / 120;
                    gain += 1 / (1 + detune * detune);
                }
                voiced += gain * Math.sin(h * phase) / h;
            }
            double noise = random.nextGaussian() * 0.05;
            out[i] = pause ? (float) (noise * 300) : (float) ((voiced * envelope + noise) * 6000);
        }
        return out;
    }
}
