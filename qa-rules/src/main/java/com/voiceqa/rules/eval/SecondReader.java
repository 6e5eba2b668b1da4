package com.voiceqa.rules.eval;

import com.voiceqa.core.cli.UserError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs a corpus's labels with a second reader's labels of the same calls ({@code eval-rules --second-reader}), so
 * {@link EvalScorer} measures how far two people who read the same guide agree: the ceiling the packs are measured
 * against. The second reader may label a subset of the corpus; the calls it labeled are scored. Invariant: each of
 * them is a call of the corpus with the same turns; anything else is a user error, since scoring labels of different
 * transcripts would measure nothing.
 */
final class SecondReader {

    private SecondReader() {
    }

    /** One pair per call the second reader labeled, in its order: the corpus's labels as gold, its as predicted. */
    static List<EvalScorer.Pair> pairs(List<CorpusCall> corpus, String corpusDirs, List<CorpusCall> second,
                                       String secondDirs) {
        Map<String, CorpusCall> byId = new HashMap<>();
        corpus.forEach(c -> byId.put(c.call().callId(), c));
        List<EvalScorer.Pair> pairs = new ArrayList<>();
        for (CorpusCall other : second) {
            String id = other.call().callId();
            CorpusCall gold = byId.get(id);
            if (gold == null) {
                throw new UserError(secondDirs + " labels " + id + ", which " + corpusDirs
                        + " does not have; give the corpus the second reader read");
            }
            if (!texts(gold).equals(texts(other))) {
                throw new UserError(secondDirs + "'s " + id + " has other turns than " + corpusDirs
                        + "'s; a second reader labels the same transcripts, turn for turn");
            }
            pairs.add(new EvalScorer.Pair(id, gold.labels(), other.labels()));
        }
        return pairs;
    }

    private static List<String> texts(CorpusCall c) {
        return c.call().utterances().stream().map(s -> s.speaker() + ":" + s.text()).toList();
    }
}
