package com.voiceqa.rules.eval;

import com.voiceqa.core.cli.UserError;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs a corpus's labels with a second reader's labels of the same calls ({@code eval-rules --second-reader}), so
 * {@link EvalScorer} measures how far two people who read the same guide agree: the ceiling the packs are measured
 * against. Invariant: every call is labeled by both, over the same turns; anything else is a user error, since
 * scoring labels of different transcripts would measure nothing.
 */
final class SecondReader {

    private SecondReader() {
    }

    /** One pair per call of {@code corpus}, in its order: its labels as gold, the second reader's as predicted. */
    static List<EvalScorer.Pair> pairs(List<CorpusCall> corpus, Path corpusDir, List<CorpusCall> second,
                                       Path secondDir) {
        Map<String, CorpusCall> byId = new LinkedHashMap<>();
        second.forEach(c -> byId.put(c.call().callId(), c));
        List<EvalScorer.Pair> pairs = new ArrayList<>();
        for (CorpusCall gold : corpus) {
            String id = gold.call().callId();
            CorpusCall other = byId.remove(id);
            if (other == null) {
                throw new UserError(secondDir + " has no labels for " + id + " of " + corpusDir
                        + "; the second reader labels every call of the corpus");
            }
            if (!texts(gold).equals(texts(other))) {
                throw new UserError(secondDir + "'s " + id + " has other turns than " + corpusDir
                        + "'s; a second reader labels the same transcripts, turn for turn");
            }
            pairs.add(new EvalScorer.Pair(id, gold.labels(), other.labels()));
        }
        if (!byId.isEmpty()) {
            throw new UserError(secondDir + " labels calls that " + corpusDir + " does not have: "
                    + String.join(", ", byId.keySet()) + "; score the same calls");
        }
        return pairs;
    }

    private static List<String> texts(CorpusCall c) {
        return c.call().utterances().stream().map(s -> s.speaker() + ":" + s.text()).toList();
    }
}
