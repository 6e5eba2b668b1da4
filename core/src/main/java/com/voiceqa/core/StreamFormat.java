package com.voiceqa.core;

/**
 * The layout of a raw PCM stream fed to a session: 16-bit signed little-endian samples, interleaved by channel.
 *
 * @param sampleRate 8,000 to 48,000 Hz; resampled to the model's rate inside the engine
 * @param layout     the speaker role of each channel
 */
public record StreamFormat(int sampleRate, ChannelLayout layout) {

    public static final int MIN_RATE = 8_000;
    public static final int MAX_RATE = 48_000;

    public StreamFormat {
        if (sampleRate < MIN_RATE || sampleRate > MAX_RATE) {
            throw new IllegalArgumentException("sample rate " + sampleRate + " Hz is outside the supported "
                    + MIN_RATE + "-" + MAX_RATE + " Hz; resample the audio or fix the device's configuration");
        }
    }

    public int channels() {
        return layout.channels();
    }

    /** Bytes of one interleaved sample frame (all channels). */
    public int frameBytes() {
        return 2 * channels();
    }
}
