package com.voiceqa.rules.bench;

import com.voiceqa.core.Segment;
import com.voiceqa.rules.CallRecord;
import com.voiceqa.rules.semantic.ClauseModel;
import com.voiceqa.rules.semantic.AdjacentTurn;
import com.voiceqa.rules.semantic.SentenceEncoder;
import com.voiceqa.rules.text.NormalizedText;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * What reading a call costs with the shipped clause model ({@code churn-clauses}, whatever its head) and with a model
 * file given as the first argument (e.g. a fold model of {@code cv-semantic} with other options), side by side, rows
 * named "shipped" and "given": every utterance of the 30-minute
 * bench call scored from scratch (a fresh model each run, so nothing is cached), CPU time of this thread (ONNX
 * Runtime runs one thread per call, on the caller's), per audio second and per turn. Run:
 * {@code ./mvnw -B -q -pl qa-rules test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.voiceqa.rules.bench.ClauseHeadBenchmark -Dexec.args=MODEL.json}
 */
public final class ClauseHeadBenchmark {

    private static final int RUNS = 3;

    public static void main(String[] args) throws Exception {
        Path givenModel = Path.of(args[0]);
        BenchData data = new BenchData(BenchData.corpusFromArgs(new String[0]));
        CallRecord call = data.call("bench-30min", 1800, new Random(42));
        double audio = call.utterances().getLast().end();
        SentenceEncoder encoder = SentenceEncoder.builtIn();
        System.out.printf(Locale.ROOT, "call: %d utterances, %.0f s; load %s%n", call.utterances().size(), audio,
                BenchData.load());
        for (int round = 0; round < 2; round++) {
            for (boolean given : new boolean[]{false, true}) {
                List<Double> cpu = new ArrayList<>();
                for (int run = 0; run < RUNS; run++) {
                    ClauseModel model = given ? ClauseModel.read(givenModel).withEncoder(encoder)
                            : ClauseModel.named("churn-clauses").withEncoder(encoder);
                    cpu.add(readCall(model, call.utterances()));
                }
                cpu.sort(Double::compare);
                double median = cpu.get(RUNS / 2);
                System.out.printf(Locale.ROOT, "%-12s %.2f core-s for the call (median of %d) = %.5f core-s per"
                                + " audio-s, %.1f ms per turn; load %s%n", given ? "given" : "shipped", median,
                        RUNS, median / audio, median * 1000 / call.utterances().size(), BenchData.load());
            }
        }
    }

    /**
     * Scores every utterance as the engine does (each with the turns before and after it) and returns the thread's CPU
     * seconds.
     */
    private static double readCall(ClauseModel model, List<Segment> turns) {
        List<AdjacentTurn> read = turns.stream().map(s -> new AdjacentTurn(NormalizedText.of(s.text()).text(),
                "customer".equals(s.speaker()))).toList();
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long t0 = bean.getCurrentThreadCpuTime();
        for (int i = 0; i < read.size(); i++) {
            model.score(read.get(i).text(), read.get(i).customer(), i > 0 ? read.get(i - 1) : AdjacentTurn.NONE,
                    i + 1 < read.size() ? read.get(i + 1) : AdjacentTurn.NONE);
        }
        return (bean.getCurrentThreadCpuTime() - t0) / 1e9;
    }
}
