package com.voiceqa.asr.diarize;

import com.voiceqa.asr.metrics.SpeechDetector;
import com.voiceqa.core.metrics.Interval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a channel's speech into (at most) two voices.
 *
 * <ol>
 *   <li>Speech: the frames of {@link SpeechDetector}'s spans; "loud" frames (above its threshold) carry the voice.</li>
 *   <li>Windows of {@value #WINDOW_FRAMES} frames (hop half of it) inside each speech span, each the mean of its loud
 *       frames' features: window means are stable enough to cluster, single frames are not.</li>
 *   <li>Two-component diagonal GMM over the standardized windows (k-means start from the two most distant
 *       windows). A BIC test (one Gaussian vs two) decides whether there are two voices at all.</li>
 *   <li>Re-segmentation: frame-level Gaussians per voice, fitted with the windows' posteriors as weights, give every
 *       loud frame a log-likelihood ratio; a two-state Viterbi pass over the speech frames finds the labels, with a
 *       high price for switching inside a stretch of speech and a low one across a pause. Speaker changes therefore
 *       land on frame precision and mostly in pauses, where real turns change.</li>
 * </ol>
 */
final class SpeakerClustering {

    static final int WINDOW_FRAMES = 100;
    private static final int MIN_LOUD_PER_WINDOW = 10;
    private static final int EM_ROUNDS = 15;
    /** Frame log-likelihood ratios are clipped: one odd frame must not outweigh its neighbours. */
    private static final double MAX_FRAME_LLR = 4;
    /** The price of changing speaker between two adjacent speech frames (about 0.1-0.2 s of contrary evidence). */
    private static final double SWITCH_PRICE = 30;
    /** The price of changing speaker across a pause. */
    private static final double PAUSE_SWITCH_PRICE = 2;
    /** A second voice must speak this long at a stretch at least once (1 s) to count as a second person. */
    private static final int MIN_TURN_FRAMES = 100;
    /** BIC penalty weight; 1 is the textbook value. */
    private static final double BIC_LAMBDA = 1.0;

    /** Frame labels: -1 not speech, else the voice (0 or 1); turns are the runs of one voice. */
    record Result(int[] labels, boolean[] loud, double[] frameLlr, List<VoiceTurn> turns, boolean twoVoices) {
    }

    /** A stretch of one voice. {@code llrSum} is the evidence for that voice over its loud frames. */
    record VoiceTurn(int voice, int startFrame, int endFrame, double llrSum, int loudFrames) {
    }

    private SpeakerClustering() {
    }

    static Result cluster(VoiceFeatures features) {
        int frames = features.frames();
        if (frames == 0) {
            return new Result(new int[0], new boolean[0], new double[0], List.of(), false);
        }
        float[] levels = features.levels();
        double threshold = SpeechDetector.threshold(levels);
        List<int[]> spans = speechSpans(levels);
        boolean[] loud = new boolean[frames];
        for (int[] span : spans) {
            for (int i = span[0]; i < span[1]; i++) {
                loud[i] = levels[i] >= threshold;
            }
        }
        double[][] frameVectors = standardized(frameVectors(features, loud), loud);
        List<int[]> windows = windows(spans, loud);
        double[] llr = new double[frames];
        boolean twoVoices = false;
        if (windows.size() >= 4) {
            double[][] windowVectors = new double[windows.size()][];
            for (int w = 0; w < windows.size(); w++) {
                windowVectors[w] = meanOf(frameVectors, loud, windows.get(w)[0], windows.get(w)[1]);
            }
            double[] posterior = twoComponentPosteriors(windowVectors);
            twoVoices = posterior != null;
            if (twoVoices) {
                frameLlr(frameVectors, loud, windows, posterior, llr);
            }
        }
        int[] labels = viterbi(spans, loud, llr, frames);
        List<VoiceTurn> turns = turns(labels, loud, llr, spans);
        if (twoVoices && !(sustained(turns, 0) && sustained(turns, 1))) {
            // a "voice" that never holds the floor is a phonetic class of the one speaker, not a second person
            Arrays.fill(llr, 0);
            labels = viterbi(spans, loud, llr, frames);
            return new Result(labels, loud, llr, turns(labels, loud, llr, spans), false);
        }
        return new Result(labels, loud, llr, turns, twoVoices);
    }

    private static boolean sustained(List<VoiceTurn> turns, int voice) {
        return turns.stream().anyMatch(t -> t.voice() == voice && t.endFrame() - t.startFrame() >= MIN_TURN_FRAMES);
    }

    private static List<int[]> speechSpans(float[] levels) {
        List<int[]> spans = new ArrayList<>();
        for (Interval span : SpeechDetector.speech(levels, VoiceFeatureTrack.FRAME_SECONDS)) {
            int start = (int) Math.round(span.start() / VoiceFeatureTrack.FRAME_SECONDS);
            int end = Math.min(levels.length, (int) Math.round(span.end() / VoiceFeatureTrack.FRAME_SECONDS));
            if (end > start) {
                spans.add(new int[] {start, end});
            }
        }
        return spans;
    }

    /** One vector per frame; pitch is NaN where unvoiced, and quiet frames are not used. */
    private static double[][] frameVectors(VoiceFeatures features, boolean[] loud) {
        double[][] vectors = new double[features.frames()][];
        for (int i = 0; i < vectors.length; i++) {
            if (!loud[i]) {
                continue;
            }
            double[] v = new double[VoiceFeatureTrack.DIMS];
            for (int d = 0; d < v.length; d++) {
                v[d] = features.get(i, d);
            }
            if (!features.voiced(i)) {
                v[VoiceFeatureTrack.PITCH] = Double.NaN;
            }
            vectors[i] = v;
        }
        return vectors;
    }

    /** Z-scores every dimension over the loud frames, in place. */
    private static double[][] standardized(double[][] vectors, boolean[] loud) {
        int dims = VoiceFeatureTrack.DIMS;
        double[] sum = new double[dims];
        double[] sumSquares = new double[dims];
        int[] count = new int[dims];
        for (int i = 0; i < vectors.length; i++) {
            if (loud[i]) {
                for (int d = 0; d < dims; d++) {
                    double x = vectors[i][d];
                    if (!Double.isNaN(x)) {
                        sum[d] += x;
                        sumSquares[d] += x * x;
                        count[d]++;
                    }
                }
            }
        }
        for (int d = 0; d < dims; d++) {
            double mean = count[d] > 0 ? sum[d] / count[d] : 0;
            double std = count[d] > 1 ? Math.sqrt(Math.max(1e-9, sumSquares[d] / count[d] - mean * mean)) : 1;
            sum[d] = mean;
            sumSquares[d] = std;
        }
        for (int i = 0; i < vectors.length; i++) {
            if (loud[i]) {
                for (int d = 0; d < dims; d++) {
                    vectors[i][d] = (vectors[i][d] - sum[d]) / sumSquares[d];
                }
            }
        }
        return vectors;
    }

    /** Windows [start, end) inside the spans, half-overlapping, each with enough loud frames to be a fair mean. */
    private static List<int[]> windows(List<int[]> spans, boolean[] loud) {
        List<int[]> windows = new ArrayList<>();
        for (int[] span : spans) {
            for (int start = span[0]; start < span[1]; start += WINDOW_FRAMES / 2) {
                int end = Math.min(span[1], start + WINDOW_FRAMES);
                int loudCount = 0;
                for (int i = start; i < end; i++) {
                    loudCount += loud[i] ? 1 : 0;
                }
                if (loudCount >= MIN_LOUD_PER_WINDOW) {
                    windows.add(new int[] {start, end});
                }
                if (end == span[1]) {
                    break;
                }
            }
        }
        return windows;
    }

    private static double[] meanOf(double[][] vectors, boolean[] loud, int start, int end) {
        int dims = VoiceFeatureTrack.DIMS;
        double[] sum = new double[dims];
        int[] count = new int[dims];
        for (int i = start; i < end; i++) {
            if (loud[i]) {
                for (int d = 0; d < dims; d++) {
                    if (!Double.isNaN(vectors[i][d])) {
                        sum[d] += vectors[i][d];
                        count[d]++;
                    }
                }
            }
        }
        for (int d = 0; d < dims; d++) {
            sum[d] = count[d] > 0 ? sum[d] / count[d] : Double.NaN;
        }
        return sum;
    }

    /**
     * P(voice 1) per window from a two-component GMM, or {@code null} when one Gaussian explains the windows
     * better (BIC): then there is one voice.
     */
    private static double[] twoComponentPosteriors(double[][] windows) {
        int n = windows.length;
        double[] posterior = kMeansStart(windows);
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        DiagonalGaussian[] components = new DiagonalGaussian[2];
        double prior1 = 0.5;
        for (int round = 0; round < EM_ROUNDS; round++) {
            double[] weights0 = new double[n];
            for (int i = 0; i < n; i++) {
                weights0[i] = 1 - posterior[i];
            }
            components[0] = DiagonalGaussian.fit(windows, weights0);
            components[1] = DiagonalGaussian.fit(windows, posterior);
            prior1 = Math.clamp(Arrays.stream(posterior).sum() / n, 0.02, 0.98);
            for (int i = 0; i < n; i++) {
                double a = Math.log(1 - prior1) + components[0].logDensity(windows[i]);
                double b = Math.log(prior1) + components[1].logDensity(windows[i]);
                posterior[i] = 1 / (1 + Math.exp(Math.clamp(a - b, -50, 50)));
            }
        }
        double n1 = Arrays.stream(posterior).sum();
        double n0 = n - n1;
        double dims = windows[0].length;
        double deltaBic = 0.5 * n * DiagonalGaussian.fit(windows, ones).logDeterminant()
                - 0.5 * n0 * components[0].logDeterminant() - 0.5 * n1 * components[1].logDeterminant()
                - BIC_LAMBDA * 0.5 * (2 * dims + 1) * Math.log(n);
        return deltaBic > 0 && Math.min(n0, n1) >= 2 ? posterior : null;
    }

    /** Hard k-means from the two windows farthest apart, as the GMM's starting posteriors (0 or 1). */
    private static double[] kMeansStart(double[][] windows) {
        double[] globalMean = meanVector(windows, null, -1);
        int first = farthest(windows, globalMean);
        int second = farthest(windows, windows[first]);
        double[][] centres = {windows[first].clone(), windows[second].clone()};
        double[] assignment = new double[windows.length];
        for (int round = 0; round < 10; round++) {
            for (int i = 0; i < windows.length; i++) {
                assignment[i] = distance(windows[i], centres[1]) < distance(windows[i], centres[0]) ? 1 : 0;
            }
            centres[0] = meanVector(windows, assignment, 0);
            centres[1] = meanVector(windows, assignment, 1);
        }
        return assignment;
    }

    private static double[] meanVector(double[][] vectors, double[] assignment, int cluster) {
        int dims = vectors[0].length;
        double[] sum = new double[dims];
        int[] count = new int[dims];
        for (int i = 0; i < vectors.length; i++) {
            if (assignment == null || assignment[i] == cluster) {
                for (int d = 0; d < dims; d++) {
                    if (!Double.isNaN(vectors[i][d])) {
                        sum[d] += vectors[i][d];
                        count[d]++;
                    }
                }
            }
        }
        for (int d = 0; d < dims; d++) {
            sum[d] = count[d] > 0 ? sum[d] / count[d] : 0;
        }
        return sum;
    }

    private static int farthest(double[][] vectors, double[] from) {
        int best = 0;
        for (int i = 1; i < vectors.length; i++) {
            if (distance(vectors[i], from) > distance(vectors[best], from)) {
                best = i;
            }
        }
        return best;
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            if (!Double.isNaN(a[d]) && !Double.isNaN(b[d])) {
                sum += (a[d] - b[d]) * (a[d] - b[d]);
            }
        }
        return sum;
    }

    /** Fits frame-level voice models weighted by the windows' posteriors and scores every loud frame. */
    private static void frameLlr(double[][] frameVectors, boolean[] loud, List<int[]> windows, double[] posterior,
                                 double[] llr) {
        double[] weight1 = new double[frameVectors.length];
        double[] coverage = new double[frameVectors.length];
        for (int w = 0; w < windows.size(); w++) {
            for (int i = windows.get(w)[0]; i < windows.get(w)[1]; i++) {
                weight1[i] += posterior[w];
                coverage[i] += 1;
            }
        }
        List<double[]> vectors = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < frameVectors.length; i++) {
            if (loud[i] && coverage[i] > 0) {
                vectors.add(frameVectors[i]);
                weights.add(weight1[i] / coverage[i]);
            }
        }
        double[][] v = vectors.toArray(double[][]::new);
        double[] p1 = weights.stream().mapToDouble(Double::doubleValue).toArray();
        double[] p0 = Arrays.stream(p1).map(p -> 1 - p).toArray();
        DiagonalGaussian voice0 = DiagonalGaussian.fit(v, p0);
        DiagonalGaussian voice1 = DiagonalGaussian.fit(v, p1);
        for (int i = 0; i < frameVectors.length; i++) {
            if (loud[i]) {
                double ratio = voice1.logDensity(frameVectors[i]) - voice0.logDensity(frameVectors[i]);
                llr[i] = Math.clamp(ratio, -MAX_FRAME_LLR, MAX_FRAME_LLR);
            }
        }
    }

    /** Two-state Viterbi over the speech frames (in order, spans concatenated); frames outside speech get -1. */
    private static int[] viterbi(List<int[]> spans, boolean[] loud, double[] llr, int frames) {
        int[] labels = new int[frames];
        Arrays.fill(labels, -1);
        int speechFrames = spans.stream().mapToInt(s -> s[1] - s[0]).sum();
        if (speechFrames == 0) {
            return labels;
        }
        int[] order = new int[speechFrames];
        boolean[] afterPause = new boolean[speechFrames];
        int k = 0;
        for (int[] span : spans) {
            for (int i = span[0]; i < span[1]; i++) {
                afterPause[k] = i == span[0] || !loud[i - 1] && !loud[Math.max(span[0], i - 2)];
                order[k++] = i;
            }
        }
        byte[][] back = new byte[speechFrames][2];
        double cost0 = 0;
        double cost1 = 0;
        for (k = 0; k < speechFrames; k++) {
            double price = k == 0 ? 0 : afterPause[k] ? PAUSE_SWITCH_PRICE : SWITCH_PRICE;
            double stay0 = cost0;
            double from1 = cost1 + price;
            double stay1 = cost1;
            double from0 = cost0 + price;
            back[k][0] = (byte) (stay0 <= from1 ? 0 : 1);
            back[k][1] = (byte) (stay1 <= from0 ? 1 : 0);
            double evidence = llr[order[k]]; // > 0 favours voice 1: costs are negative log-likelihoods
            cost0 = Math.min(stay0, from1) + Math.max(0, evidence);
            cost1 = Math.min(stay1, from0) + Math.max(0, -evidence);
        }
        int state = cost1 < cost0 ? 1 : 0;
        for (k = speechFrames - 1; k >= 0; k--) {
            labels[order[k]] = state;
            state = back[k][state];
        }
        return labels;
    }

    private static List<VoiceTurn> turns(int[] labels, boolean[] loud, double[] llr, List<int[]> spans) {
        List<VoiceTurn> turns = new ArrayList<>();
        for (int[] span : spans) {
            int start = span[0];
            for (int i = span[0]; i <= span[1]; i++) {
                if (i == span[1] || labels[i] != labels[start]) {
                    int voice = labels[start];
                    double sum = 0;
                    int loudFrames = 0;
                    for (int j = start; j < i; j++) {
                        if (loud[j]) {
                            sum += voice == 1 ? llr[j] : -llr[j];
                            loudFrames++;
                        }
                    }
                    turns.add(new VoiceTurn(voice, start, i, sum, loudFrames));
                    start = i;
                }
            }
        }
        return turns;
    }
}
