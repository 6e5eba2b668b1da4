package com.voiceqa.asr.diarize;

/**
 * Voice features of a channel, {@link VoiceFeatureTrack#DIMS} floats per 10 ms frame (see {@link VoiceFeatureTrack}).
 *
 * @param data   frame-major: frame {@code i}'s features are {@code data[i * DIMS .. (i + 1) * DIMS)}
 * @param frames number of frames
 */
public record VoiceFeatures(float[] data, int frames) {

    public VoiceFeatures {
        if (data.length != frames * VoiceFeatureTrack.DIMS) {
            throw new IllegalArgumentException(frames + " frames need " + frames * VoiceFeatureTrack.DIMS
                    + " values, got " + data.length);
        }
    }

    public float get(int frame, int dim) {
        return data[frame * VoiceFeatureTrack.DIMS + dim];
    }

    /** The frame's level in dBFS. */
    public float level(int frame) {
        return get(frame, VoiceFeatureTrack.LEVEL);
    }

    public boolean voiced(int frame) {
        return get(frame, VoiceFeatureTrack.PITCH) != VoiceFeatureTrack.UNVOICED;
    }

    /** All frame levels (dBFS), as {@link com.voiceqa.asr.metrics.EnergyTrack#levels()} gives them. */
    public float[] levels() {
        float[] levels = new float[frames];
        for (int i = 0; i < frames; i++) {
            levels[i] = level(i);
        }
        return levels;
    }
}
