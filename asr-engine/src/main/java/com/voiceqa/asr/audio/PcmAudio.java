package com.voiceqa.asr.audio;

/**
 * Decoded audio, one sample array per channel, samples scaled to the 16-bit range (-32768..32767) as Vosk's
 * float input expects, so no rescaling pass is needed before decoding.
 *
 * @param sampleRate samples per second per channel
 * @param samples    {@code samples[channel][i]}; all channels have the same length
 */
public record PcmAudio(int sampleRate, float[][] samples) {

    public PcmAudio {
        if (sampleRate <= 0) {
            throw new IllegalArgumentException("sample rate must be positive, got " + sampleRate);
        }
        if (samples.length < 1) {
            throw new IllegalArgumentException("audio needs at least one channel");
        }
        for (float[] channel : samples) {
            if (channel.length != samples[0].length) {
                throw new IllegalArgumentException("all channels must have the same length");
            }
        }
    }

    public int channels() {
        return samples.length;
    }

    public int frames() {
        return samples[0].length;
    }

    public float[] channel(int index) {
        return samples[index];
    }

    public double durationSeconds() {
        return (double) frames() / sampleRate;
    }
}
