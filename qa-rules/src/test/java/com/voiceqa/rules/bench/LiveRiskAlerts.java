package com.voiceqa.rules.bench;

import com.voiceqa.core.Segment;
import com.voiceqa.rules.LiveEvaluation;
import com.voiceqa.rules.RuleEngine;
import com.voiceqa.rules.pack.PackKind;
import com.voiceqa.rules.pack.RuleLoader;
import com.voiceqa.rules.pack.RulePack;
import com.voiceqa.rules.eval.CorpusCall;
import com.voiceqa.rules.eval.CorpusReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Live churn alerts with the built-in packs (the risk model decides on the call so far at every segment) beside the
 * churn pack's gate, on labeled calls fed segment by segment: how many risk-free calls raise a churn alert, how many
 * calls at risk do, and how far into the call the first one comes. The cross-validation scores whole calls only;
 * this is what a live call sees. Run:
 * {@code ./mvnw -B -q -pl qa-rules test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.voiceqa.rules.bench.LiveRiskAlerts -Dexec.args="DIR..."}
 */
public final class LiveRiskAlerts {

    public static void main(String[] args) throws Exception {
        List<RulePack> model = RuleLoader.builtInPacks();
        List<RulePack> gate = model.stream().map(RulePack::withGate).toList();
        List<CorpusCall> calls = new ArrayList<>();
        for (String dir : args) {
            calls.addAll(CorpusReader.read(Path.of(dir)));
        }
        for (List<RulePack> packs : List.of(gate, model)) {
            int riskFree = 0;
            int riskFreeAlerted = 0;
            int atRisk = 0;
            int atRiskAlerted = 0;
            List<Double> firstAt = new ArrayList<>();
            try (RuleEngine engine = new RuleEngine(packs)) {
                for (CorpusCall c : calls) {
                    int[] first = {-1};
                    int[] seen = {0};
                    LiveEvaluation live = engine.live(c.call().callId(), alert -> {
                        if (alert.hit().kind() == PackKind.CHURN && first[0] < 0) {
                            first[0] = seen[0];
                        }
                    });
                    for (Segment s : c.call().utterances()) {
                        seen[0]++;
                        live.onSegment(s);
                    }
                    boolean none = c.labels().churnRisk().equals("none");
                    riskFree += none ? 1 : 0;
                    atRisk += none ? 0 : 1;
                    if (first[0] >= 0) {
                        riskFreeAlerted += none ? 1 : 0;
                        atRiskAlerted += none ? 0 : 1;
                        if (!none) {
                            firstAt.add((double) first[0] / seen[0]);
                        }
                    }
                }
            }
            firstAt.sort(Double::compare);
            System.out.printf(Locale.ROOT, "%s: %d calls; a churn alert in %d of %d risk-free calls and %d of %d"
                            + " calls at risk; first alert at %.0f %% of the call (median; p25 %.0f %%, p75 %.0f %%)%n",
                    packs == gate ? "gate (no risk model)" : "built-in (risk model)", calls.size(), riskFreeAlerted,
                    riskFree, atRiskAlerted, atRisk, 100 * BenchData.percentile(firstAt, 50),
                    100 * BenchData.percentile(firstAt, 25), 100 * BenchData.percentile(firstAt, 75));
        }
    }
}
