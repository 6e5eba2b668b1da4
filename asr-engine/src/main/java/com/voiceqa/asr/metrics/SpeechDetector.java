package com.voiceqa.asr.metrics;

import com.voiceqa.core.metrics.Interval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the spans where a channel carries speech from its frame levels.
 *
 * <p>The threshold adapts to the channel: {@value #MARGIN_DB} dB above its noise floor (a low percentile of the
 * frame levels), but never below {@value #MIN_THRESHOLD_DB} dBFS so that a channel that is silent throughout does not
 * turn its own noise into speech. Pauses shorter than {@value #BRIDGE_SECONDS} s inside speech are bridged (the
 * pauses between words), and bursts shorter than {@value #MIN_SPEECH_SECONDS} s are dropped (clicks).
 */
public final class SpeechDetector {

    static final double MARGIN_DB = 12;
    static final double MIN_THRESHOLD_DB = -52;
    static final double NOISE_PERCENTILE = 0.10;
    static final double BRIDGE_SECONDS = 0.30;
    static final double MIN_SPEECH_SECONDS = 0.10;

    private SpeechDetector() {
    }

    public static List<Interval> speech(float[] levels, double frameSeconds) {
        if (levels.length == 0) {
            return List.of();
        }
        double threshold = threshold(levels);
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= levels.length; i++) {
            boolean loud = i < levels.length && levels[i] >= threshold;
            if (loud && start < 0) {
                start = i;
            } else if (!loud && start >= 0) {
                runs.add(new int[] {start, i});
                start = -1;
            }
        }
        int bridge = (int) Math.round(BRIDGE_SECONDS / frameSeconds);
        int minLength = (int) Math.round(MIN_SPEECH_SECONDS / frameSeconds);
        List<Interval> speech = new ArrayList<>();
        int[] current = null;
        for (int[] run : runs) {
            if (current != null && run[0] - current[1] <= bridge) {
                current[1] = run[1];
                continue;
            }
            addIfLongEnough(speech, current, minLength, frameSeconds);
            current = run;
        }
        addIfLongEnough(speech, current, minLength, frameSeconds);
        return speech;
    }

    /** The level (dBFS) above which a frame of this channel counts as speech; levels must not be empty. */
    public static double threshold(float[] levels) {
        return Math.max(noiseFloor(levels) + MARGIN_DB, MIN_THRESHOLD_DB);
    }

    private static void addIfLongEnough(List<Interval> speech, int[] run, int minLength, double frameSeconds) {
        if (run != null && run[1] - run[0] >= minLength) {
            speech.add(new Interval(Intervals.round(run[0] * frameSeconds), Intervals.round(run[1] * frameSeconds)));
        }
    }

    private static double noiseFloor(float[] levels) {
        float[] sorted = levels.clone();
        Arrays.sort(sorted);
        return sorted[(int) (NOISE_PERCENTILE * (sorted.length - 1))];
    }
}
