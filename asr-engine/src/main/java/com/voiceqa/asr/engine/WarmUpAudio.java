package com.voiceqa.asr.engine;

import com.voiceqa.asr.audio.PcmAudio;
import com.voiceqa.asr.audio.WavReader;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Audio for warming recognizers before any call arrives. Best is a recording of speech in the model's language
 * ({@link #speech}): a new recognizer's first seconds of speech cost 3-5x a used one's because Vosk builds its
 * decoding graph lazily, per recognizer, for the words it hears, and speech with other words than the calls' still
 * builds most of what calls need (the English test model: first 4 s of a call 0.129 → 0.058 CPU-s per audio-s after
 * 5 s of it; BENCHMARKS.md, "Warming on speech"). Without one, {@link #of} synthesizes voiced, syllable-paced sound (a
 * gliding pitch with its harmonics through a few shifting vowel-like resonances, plus breath noise and short pauses),
 * which the decoder reads as speech of some language; it builds only the part of the graph any audio needs.
 */
public final class WarmUpAudio {

    private WarmUpAudio() {
    }

    /**
     * The first {@code seconds} of a recording's first channel at the model's {@code rate}.
     *
     * @throws com.voiceqa.asr.audio.AudioFormatException if the file is not a readable WAV recording
     */
    public static float[] speech(Path wav, int rate, double seconds) {
        PcmAudio audio = WavReader.read(wav);
        float[] samples = audio.channel(0);
        if (audio.sampleRate() != rate) {
            StreamResampler resampler = new StreamResampler(audio.sampleRate(), rate);
            resampler.process(samples, 0, samples.length, true);
            samples = Arrays.copyOf(resampler.output(), resampler.produced());
        }
        return Arrays.copyOf(samples, (int) Math.min(samples.length, seconds * rate));
    }

    /** Synthetic: {@code seconds} at {@code rate}, 16-bit range, the same every time (public for bench-asr). */
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
