package com.voiceqa.asr.metrics;

import be.tarsos.dsp.AudioEvent;

import java.util.Arrays;

/**
 * The level of one channel in 10 ms frames (dBFS), accumulated while the audio streams through, so a live session
 * keeps 400 bytes per channel and minute instead of the audio itself. Samples are in the 16-bit range.
 *
 * <p>Frame RMS comes from TarsosDSP ({@link AudioEvent#calculateRMS}); the speech/silence decision is made later
 * over the whole track by {@link SpeechDetector}, not frame by frame as TarsosDSP's SilenceDetector does, because
 * it needs the channel's noise floor and minimum durations.
 */
public final class EnergyTrack {

    public static final double FRAME_SECONDS = 0.01;
    /** The level reported for digital silence, instead of minus infinity. */
    static final float FLOOR_DB = -120f;

    private final float[] frame;
    private int filled;
    private float[] levels = new float[1024];
    private int frames;

    public EnergyTrack(int sampleRate) {
        frame = new float[Math.max(1, (int) Math.round(sampleRate * FRAME_SECONDS))];
    }

    /** Adds samples (16-bit range). */
    public void accept(float[] samples, int offset, int count) {
        for (int i = offset, end = offset + count; i < end; i++) {
            frame[filled++] = samples[i] * (1f / 32768f);
            if (filled == frame.length) {
                addLevel(AudioEvent.calculateRMS(frame));
                filled = 0;
            }
        }
    }

    private void addLevel(double rms) {
        if (frames == levels.length) {
            levels = Arrays.copyOf(levels, frames * 2);
        }
        levels[frames++] = rms > 0 ? (float) Math.max(FLOOR_DB, 20 * Math.log10(rms)) : FLOOR_DB;
    }

    /** The levels of the complete frames so far, in dBFS. */
    public float[] levels() {
        return Arrays.copyOf(levels, frames);
    }
}
