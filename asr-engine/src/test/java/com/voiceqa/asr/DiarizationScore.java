package com.voiceqa.asr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Scores a role labeling of a mono call against its labeled turns: the share of labeled speech time (10 ms steps)
 * that carries the right role, and how far each labeled speaker change is from the nearest change found.
 */
public final class DiarizationScore {

    private static final double STEP = 0.01;

    private double speechSeconds;
    private double rightSeconds;
    private final List<Double> boundaryErrors = new ArrayList<>();

    /**
     * @param roleAt   the role the output gives to an instant ({@code null}: none)
     * @param changes  the instants where the output's role changes
     */
    public void add(LabeledAudioCall call, DoubleFunction<String> roleAt, List<Double> changes) {
        for (LabeledAudioCall.Turn turn : call.turns()) {
            for (double t = turn.start(); t < turn.end(); t += STEP) {
                String truth = call.speakerAt(t);
                speechSeconds += STEP;
                if (truth.equals(roleAt.apply(t))) {
                    rightSeconds += STEP;
                }
            }
        }
        for (int i = 1; i < call.turns().size(); i++) {
            LabeledAudioCall.Turn before = call.turns().get(i - 1);
            LabeledAudioCall.Turn after = call.turns().get(i);
            if (!before.speaker().equals(after.speaker())) {
                double truth = Math.min(after.start(), before.end()) + Math.abs(after.start() - before.end()) / 2;
                boundaryErrors.add(changes.stream().mapToDouble(c -> Math.abs(c - truth)).min().orElse(99)
                        - Math.abs(after.start() - before.end()) / 2);
            }
        }
    }

    public double accuracy() {
        return speechSeconds > 0 ? rightSeconds / speechSeconds : 0;
    }

    /** Median distance (seconds) from a labeled change (anywhere in the gap between the turns) to a found one. */
    public double medianBoundaryError() {
        List<Double> sorted = new ArrayList<>(boundaryErrors.stream().map(e -> Math.max(0, e)).toList());
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    public double speechSeconds() {
        return speechSeconds;
    }
}
