package com.voiceqa.rules.eval;

import com.voiceqa.core.cli.UserError;
import com.voiceqa.rules.CallEvaluation;
import com.voiceqa.rules.RuleEngine;
import com.voiceqa.rules.risk.CallSignals;
import com.voiceqa.rules.channel.RecognizerChannel;
import com.voiceqa.rules.pack.RulePack;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one path from labeled calls to scored predictions: the calls through the simulated recognizer, the rule
 * engine, the predictions in the corpus label schema. {@code eval-rules} and {@code cv-semantic} both measure with it.
 *
 * @param pairs       gold and predicted labels per call, for {@link EvalScorer#score}
 * @param predictions one JSON line per call in the label schema ({@code eval-rules --predictions})
 */
record CorpusEvaluation(List<EvalScorer.Pair> pairs, List<String> predictions, List<CallSignals> signals) {

    static CorpusEvaluation run(List<RulePack> packs, List<CorpusCall> corpus, RecognizerChannel channel) {
        return run(packs, corpus, channel, null);
    }

    /**
     * @param riskPack when not null, also what this churn pack's call-level risk model reads about each call
     *                 ({@link #signals}, in call order), for the nine categories of the corpus schema
     */
    static CorpusEvaluation run(List<RulePack> packs, List<CorpusCall> corpus, RecognizerChannel channel,
                                RulePack riskPack) {
        List<CorpusCall> calls = DegradedCorpus.of(corpus, channel);
        List<EvalScorer.Pair> pairs = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        List<CallSignals> signals = new ArrayList<>();
        try (RuleEngine engine = new RuleEngine(packs)) {
            for (CorpusCall c : calls) {
                CallEvaluation evaluation = engine.evaluate(c.call());
                CallLabels predicted = Predictions.of(c.call(), evaluation);
                pairs.add(new EvalScorer.Pair(c.call().callId(), c.labels(), predicted));
                lines.add(Predictions.jsonLine(c.call().callId(), predicted));
                if (riskPack != null) {
                    signals.add(engine.riskSignals(c.call(), riskPack, EvalScorer.CATEGORIES));
                }
            }
        }
        return new CorpusEvaluation(List.copyOf(pairs), List.copyOf(lines), List.copyOf(signals));
    }

    EvalReport report() {
        return EvalScorer.score(pairs);
    }

    /** Writes prediction lines ({@link #predictions}), one call per line; an unwritable file is a user error. */
    static void writePredictions(Path file, List<String> lines) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                w.write(line);
                w.newLine();
            }
        } catch (IOException e) {
            throw new UserError("cannot write predictions to " + file + ": " + e.getMessage()
                    + "; choose a writable path", e);
        }
    }
}
