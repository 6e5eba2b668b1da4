package com.voiceqa.rules.eval;

import com.voiceqa.rules.CallEvaluation;
import com.voiceqa.rules.RuleEngine;
import com.voiceqa.rules.channel.RecognizerChannel;
import com.voiceqa.rules.pack.RulePack;

import java.util.ArrayList;
import java.util.List;

/**
 * The one path from labeled calls to scored predictions: the calls through the simulated recognizer, the rule
 * engine, the predictions in the corpus label schema. {@code eval-rules} and {@code cv-semantic} both measure with it.
 *
 * @param pairs       gold and predicted labels per call, for {@link EvalScorer#score}
 * @param predictions one JSON line per call in the label schema ({@code eval-rules --predictions})
 */
record CorpusEvaluation(List<EvalScorer.Pair> pairs, List<String> predictions) {

    static CorpusEvaluation run(List<RulePack> packs, List<CorpusCall> corpus, RecognizerChannel channel) {
        List<CorpusCall> calls = DegradedCorpus.of(corpus, channel);
        List<EvalScorer.Pair> pairs = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        try (RuleEngine engine = new RuleEngine(packs)) {
            for (CorpusCall c : calls) {
                CallEvaluation evaluation = engine.evaluate(c.call());
                CallLabels predicted = Predictions.of(c.call(), evaluation);
                pairs.add(new EvalScorer.Pair(c.call().callId(), c.labels(), predicted));
                lines.add(Predictions.jsonLine(c.call().callId(), predicted));
            }
        }
        return new CorpusEvaluation(List.copyOf(pairs), List.copyOf(lines));
    }

    EvalReport report() {
        return EvalScorer.score(pairs);
    }
}
