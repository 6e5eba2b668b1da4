package com.voiceqa.rules.match;

import com.voiceqa.rules.text.Analyzers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/**
 * Analysis of the monitor's in-memory document: characters, CJK bigrams or pinyin by field, with a position gap
 * between utterances so that a compiled phrase cannot match across two of them.
 */
final class UtteranceAnalyzer extends DelegatingAnalyzerWrapper {

    private static final int UTTERANCE_GAP = 100;

    UtteranceAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return switch (fieldName) {
            case LuceneCompiler.BIGRAMS -> Analyzers.bigrams();
            case LuceneCompiler.PINYIN -> Analyzers.pinyin();
            default -> Analyzers.chars();
        };
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return UTTERANCE_GAP;
    }
}
