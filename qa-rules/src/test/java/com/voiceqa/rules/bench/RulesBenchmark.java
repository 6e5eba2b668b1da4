package com.voiceqa.rules.bench;

import com.voiceqa.core.Segment;
import com.voiceqa.rules.CallEvaluation;
import com.voiceqa.rules.CallRecord;
import com.voiceqa.rules.LiveEvaluation;
import com.voiceqa.rules.RuleEngine;
import com.voiceqa.rules.pack.RuleLoader;
import com.voiceqa.rules.pack.RulePack;
import com.voiceqa.rules.text.NormalizedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How rule evaluation scales with the number of rules: N generated rules (keywords with synonyms, proximity) against
 * one 30-minute call, N = 10 … 10,000, compared in the same run with a linear scan that checks every form of every
 * rule against every utterance with {@link String#indexOf}. Run:
 * {@code ./mvnw -B -q -pl qa-rules test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.voiceqa.rules.bench.RulesBenchmark}
 */
public final class RulesBenchmark {

    private static final int[] RULE_COUNTS = {10, 100, 1000, 10000};
    private static final int WARMUP = 3;
    private static final long WARMUP_NANOS = 3_000_000_000L;
    private static final int RUNS = 7;

    public static void main(String[] args) throws Exception {
        BenchData data = new BenchData(BenchData.corpusFromArgs(args));
        Random random = new Random(42);
        CallRecord call = data.call("bench-30min", 1800, random);
        int chars = call.utterances().stream().mapToInt(s -> s.text().length()).sum();
        System.out.printf(Locale.ROOT, "call: %d utterances, %d characters, %.0f s; load %s%n",
                call.utterances().size(), chars, call.utterances().getLast().end(), BenchData.load());
        System.out.println("rules   compile_ms  evaluate_ms(median of 7)  rules_with_findings  linear_scan_ms  scan/engine");
        for (int n : RULE_COUNTS) {
            RulePack pack = RuleLoader.parse(packJson(n, data, new Random(n)), "bench-" + n);
            long c0 = System.nanoTime();
            try (RuleEngine engine = new RuleEngine(List.of(pack))) {
                double compileMs = (System.nanoTime() - c0) / 1e6;
                CallEvaluation last = engine.evaluate(call);
                long warmStart = System.nanoTime();
                for (int i = 0; i < WARMUP || System.nanoTime() - warmStart < WARMUP_NANOS; i++) {
                    engine.evaluate(call);
                }
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    long t0 = System.nanoTime();
                    last = engine.evaluate(call);
                    times.add((System.nanoTime() - t0) / 1e6);
                }
                times.sort(Double::compare);
                double scan = linearScan(pack, call);
                double median = times.get(times.size() / 2);
                System.out.printf(Locale.ROOT, "%6d  %10.0f  %24.1f  %19d  %14.1f  %10.1fx%n", n, compileMs, median,
                        last.hits().size(), scan, scan / median);
            }
        }
        liveLatency(call);
        riskModelCost(call);
    }

    /**
     * What the built-in churn pack's call-level risk model costs: the same call with the built-in packs and with the
     * churn pack deciding by its gate instead ({@link RulePack#withGate}), clauses already scored (the model reads the
     * clause model's cache, so encoding is the same either way and is left out). CPU time of this thread, so that a
     * loaded machine inflates it less than wall time: the whole call (median of 7), and the live call segment by
     * segment (its total, per second of audio; the live decision re-reads the call so far at every segment).
     */
    private static void riskModelCost(CallRecord call) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        double audio = call.utterances().getLast().end();
        List<RulePack> withModel = RuleLoader.builtInPacks();
        List<RulePack> gate = withModel.stream().map(RulePack::withGate).toList();
        for (List<RulePack> packs : List.of(withModel, gate, withModel, gate)) {
            try (RuleEngine engine = new RuleEngine(packs)) {
                engine.evaluate(call);
                List<Double> whole = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    long t0 = cpu.getCurrentThreadCpuTime();
                    engine.evaluate(call);
                    whole.add((cpu.getCurrentThreadCpuTime() - t0) / 1e6);
                }
                whole.sort(Double::compare);
                List<Double> live = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    LiveEvaluation session = engine.live("cost", alert -> { });
                    long t0 = cpu.getCurrentThreadCpuTime();
                    call.utterances().forEach(session::onSegment);
                    live.add((cpu.getCurrentThreadCpuTime() - t0) / 1e9);
                }
                live.sort(Double::compare);
                System.out.printf(Locale.ROOT, "%s, clauses cached: whole 30-minute call %.1f ms CPU (median of"
                                + " %d); live, all %d segments %.2f core-s (median of 3) = %.5f core-s per audio-s;"
                                + " load %s%n",
                        packs == gate ? "gate (no risk model)" : "built-in (risk model)", whole.get(whole.size() / 2),
                        RUNS, call.utterances().size(), live.get(1), live.get(1) / audio, BenchData.load());
            }
        }
    }

    /**
     * Real-time mode with the built-in packs: the 30-minute call's segments delivered one by one; the time from the
     * delivery of a segment to the end of its processing bounds the delay of any alert after the utterance's end.
     * The warm-up reads the call's text reversed, so that the measured run encodes every clause afresh (the clause
     * model caches recently scored utterances) and the whole-call figure is what a new call costs.
     */
    private static void liveLatency(CallRecord call) {
        try (RuleEngine engine = RuleEngine.builtIn()) {
            CallRecord reversed = new CallRecord("warm", call.metadata(), call.utterances().stream()
                    .map(s -> new Segment(s.speaker(), s.start(), s.end(), new StringBuilder(s.text()).reverse().toString(),
                            List.of())).toList(), null);
            long cold = System.nanoTime();
            engine.evaluate(reversed);
            System.out.printf(Locale.ROOT, "built-in packs (lexical + semantic), whole 30-minute call, clauses not yet"
                    + " encoded: %.0f ms%n", (System.nanoTime() - cold) / 1e6);
            for (int warm = 0; warm < 2; warm++) {
                LiveEvaluation live = engine.live("warm", alert -> { });
                reversed.utterances().forEach(live::onSegment);
            }
            List<Double> times = new ArrayList<>();
            int[] alerts = {0};
            LiveEvaluation live = engine.live("live", alert -> alerts[0]++);
            for (Segment s : call.utterances()) {
                long t0 = System.nanoTime();
                live.onSegment(s);
                times.add((System.nanoTime() - t0) / 1e6);
            }
            times.sort(Double::compare);
            System.out.printf(Locale.ROOT, "live, built-in packs, %d segments of a 30-minute call: per-segment p50 %.1f ms,"
                            + " p95 %.1f ms, max %.1f ms (%d alerts)%n", times.size(), BenchData.percentile(times, 50),
                    BenchData.percentile(times, 95), times.getLast(), alerts[0]);
        }
    }

    /** Median time of checking every form of every rule in every utterance, the naive keyword-list approach. */
    private static double linearScan(RulePack pack, CallRecord call) {
        List<String> texts = call.utterances().stream().map(Segment::text).map(t -> NormalizedText.of(t).text()).toList();
        List<List<String>> forms = new ArrayList<>();
        pack.rules().forEach(r -> r.conditions().forEach(c -> {
            if (c instanceof com.voiceqa.rules.pack.TextCondition t) {
                List<String> f = new ArrayList<>();
                switch (t.operator()) {
                    case com.voiceqa.rules.pack.TextOperator.Keywords k -> k.terms().forEach(term -> f.addAll(term.forms()));
                    case com.voiceqa.rules.pack.TextOperator.Proximity p -> p.terms().forEach(term -> f.addAll(term.forms()));
                    default -> { }
                }
                forms.add(f);
            }
        }));
        List<Double> times = new ArrayList<>();
        long found = 0;
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long t0 = System.nanoTime();
            for (List<String> rule : forms) {
                for (String text : texts) {
                    for (String form : rule) {
                        if (text.indexOf(form) >= 0) {
                            found++;
                        }
                    }
                }
            }
            if (i >= WARMUP) {
                times.add((System.nanoTime() - t0) / 1e6);
            }
        }
        if (found < 0) {
            throw new IllegalStateException("unreachable; keeps the scan from being optimised away");
        }
        times.sort(Double::compare);
        return times.get(times.size() / 2);
    }

    /** N rules: 80 % keyword rules (three terms with two synonyms each), 20 % proximity rules. */
    static String packJson(int n, BenchData data, Random random) {
        StringBuilder s = new StringBuilder("{\"pack\":\"bench\",\"version\":\"1\",\"kind\":\"churn\",\"rules\":[");
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                s.append(',');
            }
            boolean proximity = random.nextInt(5) == 0;
            String speaker = random.nextBoolean() ? "customer" : "any";
            s.append("{\"id\":\"r").append(i).append("\",\"category\":\"c").append(i % 9).append("\",\"conditions\":[{\"id\":\"1\",");
            if (proximity) {
                s.append("\"type\":\"proximity\",\"within\":8,\"terms\":[\"").append(term(data, random)).append("\",\"")
                        .append(term(data, random)).append("\"]");
            } else {
                s.append("\"type\":\"keywords\",\"terms\":[\"").append(term(data, random)).append("\",\"")
                        .append(term(data, random)).append("\",\"").append(term(data, random)).append("\"]");
            }
            s.append(",\"speaker\":\"").append(speaker).append("\"}]}");
        }
        return s.append("]}").toString();
    }

    /**
     * Two synonyms of 2–4 characters. One phrase in ten is cut from real talk (so some rules find something); the
     * others are random combinations of characters drawn from real talk, like the specific phrases real rules target
     * (most of which a given call does not contain).
     */
    private static String term(BenchData data, Random random) {
        return phrase(data, random) + "|" + phrase(data, random);
    }

    private static String phrase(BenchData data, Random random) {
        if (random.nextInt(10) > 0) {
            StringBuilder p = new StringBuilder();
            int len = 2 + random.nextInt(3);
            while (p.length() < len) {
                String text = data.turns.get(random.nextInt(data.turns.size())).text();
                char c = text.charAt(random.nextInt(text.length()));
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    p.append(c);
                }
            }
            return p.toString();
        }
        return realPhrase(data, random);
    }

    private static String realPhrase(BenchData data, Random random) {
        while (true) {
            String text = data.turns.get(random.nextInt(data.turns.size())).text();
            int len = 2 + random.nextInt(3);
            if (text.length() <= len) {
                continue;
            }
            int at = random.nextInt(text.length() - len);
            String p = text.substring(at, at + len);
            if (p.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                return p;
            }
        }
    }
}
