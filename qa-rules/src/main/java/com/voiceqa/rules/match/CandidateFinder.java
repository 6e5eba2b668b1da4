package com.voiceqa.rules.match;

import com.voiceqa.rules.pack.PinyinMatching;
import com.voiceqa.rules.pack.TextCondition;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.Query;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the occurrences of many text conditions in a batch of utterances. Conditions whose operator compiles to a
 * Lucene query are registered in a lucene-monitor {@link Monitor}: for each batch the monitor's presearcher selects
 * only the queries whose terms occur, runs them against a {@code MemoryIndex} of the batch and reports which matched,
 * so cost grows with the number of rules that could match, not with the number of rules. Only those conditions, plus
 * the regex and semantic conditions (no Lucene equivalent), are handed to {@link TextLocator}.
 *
 * <p>Thread-safe: the monitor supports concurrent matching.
 */
public final class CandidateFinder implements Closeable {

    private final List<TextCondition> conditions;
    private final List<Integer> directConditions = new ArrayList<>();
    private final Monitor monitor;
    private final boolean anyPinyin;

    /** @param conditions the text conditions; their position in the list is their key in results */
    public CandidateFinder(List<TextCondition> conditions) {
        this.conditions = List.copyOf(conditions);
        Analyzer analyzer = new UtteranceAnalyzer();
        try {
            monitor = new Monitor(analyzer);
            List<MonitorQuery> queries = new ArrayList<>();
            for (int i = 0; i < this.conditions.size(); i++) {
                Query query = LuceneCompiler.compile(this.conditions.get(i).operator());
                if (query == null) {
                    directConditions.add(i);
                } else {
                    queries.add(new MonitorQuery(Integer.toString(i), query));
                }
            }
            monitor.register(queries);
            anyPinyin = this.conditions.stream().anyMatch(CandidateFinder::usesPinyin);
        } catch (IOException e) {
            throw new UncheckedIOException("could not build the in-memory rule monitor", e);
        }
    }

    public List<TextCondition> conditions() {
        return conditions;
    }

    /**
     * Occurrences (accepted and negation-rejected) of every condition in every utterance; scope is NOT applied here.
     * The whole batch is one in-memory document whose utterances are separate values (a position gap keeps phrases
     * inside one utterance); the monitor reports which conditions can match, and only those are located.
     *
     * @return per condition key, its occurrences (missing key = none)
     */
    public Map<Integer, List<Occurrence>> find(List<Utterance> utterances) {
        Map<Integer, List<Occurrence>> out = new java.util.HashMap<>();
        if (utterances.isEmpty()) {
            return out;
        }
        Document doc = new Document();
        for (Utterance u : utterances) {
            String text = u.normalized();
            doc.add(new TextField(LuceneCompiler.CHARS, text, Field.Store.NO));
            doc.add(new TextField(LuceneCompiler.BIGRAMS, text, Field.Store.NO));
            if (anyPinyin) {
                doc.add(new TextField(LuceneCompiler.PINYIN, text, Field.Store.NO));
            }
        }
        MatchingQueries<QueryMatch> matches;
        try {
            matches = monitor.match(doc, QueryMatch.SIMPLE_MATCHER);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory rule matching failed", e);
        }
        if (!matches.getErrors().isEmpty()) {
            throw new IllegalStateException("rule queries failed: " + matches.getErrors());
        }
        List<Integer> keys = new ArrayList<>(directConditions);
        for (QueryMatch match : matches.getMatches()) {
            keys.add(Integer.parseInt(match.getQueryId()));
        }
        for (int key : keys) {
            for (Utterance u : utterances) {
                locate(key, u, out);
            }
        }
        return out;
    }

    private static boolean usesPinyin(TextCondition c) {
        return switch (c.operator()) {
            case com.voiceqa.rules.pack.TextOperator.Keywords k -> k.pinyin() != PinyinMatching.OFF;
            case com.voiceqa.rules.pack.TextOperator.Proximity p -> p.pinyin() != PinyinMatching.OFF;
            case com.voiceqa.rules.pack.TextOperator.Regex r -> false;
            case com.voiceqa.rules.pack.TextOperator.Semantic s -> false;
        };
    }

    private void locate(int key, Utterance u, Map<Integer, List<Occurrence>> out) {
        TextCondition c = conditions.get(key);
        List<Occurrence> found = TextLocator.locate(c, u);
        if (!found.isEmpty()) {
            out.computeIfAbsent(key, k -> new ArrayList<>()).addAll(found);
        }
    }

    @Override
    public void close() {
        try {
            monitor.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
