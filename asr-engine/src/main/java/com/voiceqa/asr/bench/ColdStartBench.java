package com.voiceqa.asr.bench;

import com.voiceqa.asr.engine.WarmUpAudio;
import org.vosk.Model;
import org.vosk.Recognizer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a recognizer's first seconds cost against its later ones, and what warming buys: one recognizer at a time on
 * the calling thread, its CPU time (the thread's, so other processes' load does not enter it) per block of real
 * speech fed in 0.2 s pieces, for a new recognizer, the same one reused after its final result (what the pool hands
 * out), new ones warmed first with the engine's synthetic warm-up audio of three lengths and, given {@code
 * --warm-audio}, on 5 and 15 s of a recording of other speech (the engine's {@code --warm-speech}). Also the resident
 * memory each recognizer adds, all of them kept alive until the end.
 */
final class ColdStartBench {

    static final double BLOCK_SECONDS = 4;
    static final double PIECE_SECONDS = 0.2;

    /** How the recognizer was prepared before the measured speech. */
    enum Start {
        NEW("new recognizer", 0),
        REUSED("same one after its final result", 0),
        WARMED_10("new, warmed on 10 s synthetic", 10),
        WARMED_3("new, warmed on 3 s synthetic", 3),
        WARMED_1("new, warmed on 1 s synthetic", 1),
        FINAL_ONLY("new, final result taken at once", 0),
        SPEECH_5("new, warmed on 5 s of --warm-audio", 5),
        SPEECH_15("new, warmed on 15 s of --warm-audio", 15);

        final String label;
        final double warmSeconds;

        Start(String label, double warmSeconds) {
            this.label = label;
            this.warmSeconds = warmSeconds;
        }

        boolean warmedFirst() {
            return ordinal() >= WARMED_10.ordinal();
        }

        boolean onSpeech() {
            return ordinal() >= SPEECH_5.ordinal();
        }
    }

    /**
     * @param blocks      per start, per repeat: CPU-s per audio-s of each block
     * @param warmCpu     per start, CPU-s to create and warm one recognizer before the speech (median; 0 if not new)
     * @param bytesEach   resident memory per recognizer after decoding (all kept alive)
     */
    record Result(double[][] blocks, double[] warmCpu, long bytesEach, int recognizers) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ColdStartBench() {
    }

    /** @param warmSpeech other speech to warm on (rows SPEECH_*), or null to leave those rows out */
    static Result run(Model model, float[] speech, float[] warmSpeech, int rate, double seconds, int repeat)
            throws IOException {
        int blocksPerRun = (int) (seconds / BLOCK_SECONDS);
        double[][][] costs = new double[Start.values().length][repeat][];
        List<Recognizer> kept = new ArrayList<>();
        float[] synthetic = WarmUpAudio.of(rate, Start.WARMED_10.warmSeconds);
        double[][] warmCpu = new double[Start.values().length][repeat];
        long rssBefore = AsrBenchCommand.memoryKb("VmRSS") * 1024;
        try {
            for (int r = 0; r < repeat; r++) {
                Recognizer fresh = newRecognizer(model, rate, kept);
                costs[Start.NEW.ordinal()][r] = blocks(fresh, speech, rate, blocksPerRun);
                fresh.getFinalResult();
                costs[Start.REUSED.ordinal()][r] = blocks(fresh, speech, rate, blocksPerRun);
                for (Start warmed : Start.values()) {
                    if (!warmed.warmedFirst() || warmed.onSpeech() && warmSpeech == null) {
                        continue;
                    }
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    Recognizer recognizer = newRecognizer(model, rate, kept);
                    int samples = (int) (warmed.warmSeconds * rate);
                    if (samples > 0) {
                        float[] warmAudio = warmed.onSpeech() ? warmSpeech : synthetic;
                        samples = Math.min(samples, warmAudio.length);
                        recognizer.acceptWaveForm(Arrays.copyOf(warmAudio, samples), samples);
                    }
                    recognizer.getFinalResult();
                    warmCpu[warmed.ordinal()][r] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
                    costs[warmed.ordinal()][r] = blocks(recognizer, speech, rate, blocksPerRun);
                }
            }
            long bytesEach = (AsrBenchCommand.memoryKb("VmRSS") * 1024 - rssBefore) / kept.size();
            double[][] medians = new double[Start.values().length][blocksPerRun];
            for (int s = 0; s < medians.length; s++) {
                for (int b = 0; b < blocksPerRun; b++) {
                    double[] values = new double[repeat];
                    for (int r = 0; r < repeat; r++) {
                        values[r] = costs[s][r][b];
                    }
                    medians[s][b] = median(values);
                }
            }
            return new Result(medians, Arrays.stream(warmCpu).mapToDouble(ColdStartBench::median).toArray(), bytesEach,
                    kept.size());
        } finally {
            kept.forEach(Recognizer::close);
        }
    }

    /** Feeds {@code blocks} × {@value #BLOCK_SECONDS} s of the (looped) speech in 0.2 s pieces; CPU/audio-s each. */
    private static double[] blocks(Recognizer recognizer, float[] speech, int rate, int blocks) {
        int piece = (int) (PIECE_SECONDS * rate);
        int piecesPerBlock = (int) Math.round(BLOCK_SECONDS / PIECE_SECONDS);
        float[] buffer = new float[piece];
        double[] cost = new double[blocks];
        int at = 0;
        for (int b = 0; b < blocks; b++) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            for (int p = 0; p < piecesPerBlock; p++) {
                for (int i = 0; i < piece; i++) {
                    buffer[i] = speech[(at + i) % speech.length];
                }
                at += piece;
                if (recognizer.acceptWaveForm(buffer, piece)) {
                    recognizer.getResult();
                }
            }
            cost[b] = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9 / BLOCK_SECONDS;
        }
        return cost;
    }

    private static Recognizer newRecognizer(Model model, int rate, List<Recognizer> kept) throws IOException {
        Recognizer recognizer = new Recognizer(model, rate);
        recognizer.setWords(true);
        kept.add(recognizer);
        return recognizer;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
