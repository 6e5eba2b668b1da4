package com.voiceqa.asr.engine;

import be.tarsos.dsp.resample.Resampler;

import java.util.Arrays;

/**
 * Converts one channel's stream to the model's sample rate with TarsosDSP's {@link Resampler} (a port of
 * libresample's windowed-sinc filter), keeping the filter state between chunks so chunk boundaries leave no
 * seams. Used only when the input rate differs from the model's.
 */
final class StreamResampler {

    private final Resampler resampler;
    private final double factor;
    private float[] out = new float[0];
    private int produced;

    StreamResampler(int inputRate, int outputRate) {
        this.factor = (double) outputRate / inputRate;
        // Low-quality mode (shorter filter) is plenty for speech recognition and costs a third of the CPU.
        this.resampler = new Resampler(false, factor, factor);
    }

    /**
     * Resamples a chunk; the result is in {@link #output()}, {@link #produced()} samples long, valid until the next
     * call. {@code last} flushes the filter's tail at the end of the stream.
     */
    void process(float[] in, int offset, int count, boolean last) {
        int capacity = (int) Math.ceil(count * factor) + resampler.getFilterWidth() + 16;
        if (out.length < capacity) {
            out = new float[capacity];
        }
        produced = 0;
        int consumed = 0;
        while (true) {
            Resampler.Result r = resampler.process(factor, in, offset + consumed, count - consumed, last,
                    out, produced, out.length - produced);
            consumed += r.inputSamplesConsumed;
            produced += r.outputSamplesGenerated;
            boolean stalled = r.inputSamplesConsumed == 0 && r.outputSamplesGenerated == 0;
            if (consumed >= count && (!last || r.outputSamplesGenerated == 0) || stalled && produced < out.length) {
                return;
            }
            if (produced == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
        }
    }

    float[] output() {
        return out;
    }

    int produced() {
        return produced;
    }
}
