package com.voiceqa.asr.diarize;

import be.tarsos.dsp.mfcc.MFCC;
import be.tarsos.dsp.pitch.FastYin;

import java.util.Arrays;

/**
 * Voice features of one channel in 10 ms frames, accumulated while the audio streams through (no audio is kept:
 * {@value #DIMS} floats per frame, 5.6 KB per second of audio). Samples are in the 16-bit
 * range, at any supported rate.
 *
 * <p>Per frame: {@value #CEPSTRA} MFCCs (c1..c12 over a 100-4000 Hz mel band, so 8 kHz phone audio and 16 kHz badge
 * audio look alike; c0 is left out because level is its own feature), the frame's log energy in dBFS and the log
 * pitch from YIN ({@link #UNVOICED} when no pitch was found). Pitch is estimated on every second frame and held
 * for the next: speaker identity needs the voice's register, not a precise contour, and YIN is the costliest part.
 */
public final class VoiceFeatureTrack {

    public static final double FRAME_SECONDS = 0.01;
    static final int CEPSTRA = 12;
    static final int LEVEL = CEPSTRA;
    static final int PITCH = CEPSTRA + 1;
    public static final int DIMS = CEPSTRA + 2;
    /** The pitch value of frames where YIN found no pitch. */
    static final float UNVOICED = 0f;
    private static final float MIN_DB = -120f;
    private static final int MEL_FILTERS = 26;

    private final float[] hopSamples;
    private final float[] window;
    private final float[] scratch;
    private final MFCC mfcc;
    private final FastYin yin;
    private int inHop;
    private float lastPitch = UNVOICED;
    private float[] features = new float[DIMS * 1024];
    private int frames;

    public VoiceFeatureTrack(int sampleRate) {
        this.hopSamples = new float[Math.max(1, (int) Math.round(sampleRate * FRAME_SECONDS))];
        int size = Integer.highestOneBit(Math.max(64, (int) (sampleRate * 0.032)) - 1) << 1; // ≥ 32 ms, a power of 2
        this.window = new float[size];
        this.scratch = new float[size];
        this.mfcc = new MFCC(size, sampleRate, CEPSTRA + 1, MEL_FILTERS, 100, 4000);
        this.yin = new FastYin(sampleRate, size);
    }

    /** The features of a whole recording's channel (samples in the 16-bit range). */
    public static VoiceFeatures of(float[] samples, int sampleRate) {
        VoiceFeatureTrack track = new VoiceFeatureTrack(sampleRate);
        track.accept(samples, 0, samples.length);
        return track.features();
    }

    /** Adds samples (16-bit range). */
    public void accept(float[] samples, int offset, int count) {
        for (int i = offset, end = offset + count; i < end; i++) {
            hopSamples[inHop++] = samples[i] * (1f / 32768f);
            if (inHop == hopSamples.length) {
                inHop = 0;
                int keep = window.length - hopSamples.length;
                System.arraycopy(window, hopSamples.length, window, 0, keep);
                System.arraycopy(hopSamples, 0, window, keep, hopSamples.length);
                addFrame();
            }
        }
    }

    /** Frame i describes the window ending at (i + 1) * 10 ms; its level is that of its newest 10 ms (as EnergyTrack). */
    private void addFrame() {
        if (frames * DIMS == features.length) {
            features = Arrays.copyOf(features, features.length * 2);
        }
        int at = frames * DIMS;
        double sum = 0;
        for (float sample : hopSamples) {
            sum += sample * sample;
        }
        double rms = Math.sqrt(sum / hopSamples.length);
        features[at + LEVEL] = rms > 0 ? (float) Math.max(MIN_DB, 20 * Math.log10(rms)) : MIN_DB;
        System.arraycopy(window, 0, scratch, 0, window.length); // the FFT works in place
        float[] cepstra = mfcc.cepCoefficients(mfcc.nonLinearTransformation(
                mfcc.melFilter(mfcc.magnitudeSpectrum(scratch), mfcc.getCenterFrequencies())));
        System.arraycopy(cepstra, 1, features, at, CEPSTRA);
        if (frames % 2 == 0) {
            float pitch = yin.getPitch(window).getPitch();
            lastPitch = pitch > 0 ? (float) Math.log(pitch) : UNVOICED;
        }
        features[at + PITCH] = lastPitch;
        frames++;
    }

    /** The features of the complete frames so far. */
    public VoiceFeatures features() {
        return new VoiceFeatures(Arrays.copyOf(features, frames * DIMS), frames);
    }

    /** The features of the last {@code seconds} (all when the audio is shorter), and the frame they start at. */
    public Recent recent(double seconds) {
        int count = Math.min(frames, (int) Math.round(seconds / FRAME_SECONDS));
        int from = frames - count;
        return new Recent(new VoiceFeatures(Arrays.copyOfRange(features, from * DIMS, frames * DIMS), count), from);
    }

    /** A tail of the features; {@code firstFrame} is its first frame's index in the whole track. */
    public record Recent(VoiceFeatures features, int firstFrame) {
    }
}
