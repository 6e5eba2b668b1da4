package com.voiceqa.rules.index;

import com.voiceqa.rules.text.Analyzers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;

/**
 * Picks the analysis by field-name prefix ({@code words.}, {@code bigram.}, {@code pinyin.}) and separates the
 * utterances of one call (separate values of one field) by a large position gap, so a phrase never spans two
 * utterances.
 */
final class IndexAnalyzer extends DelegatingAnalyzerWrapper {

    private static final Analyzer KEYWORD = new KeywordAnalyzer();

    IndexAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        if (fieldName.startsWith(IndexFields.WORDS)) {
            return Analyzers.words();
        }
        if (fieldName.startsWith(IndexFields.BIGRAM)) {
            return Analyzers.bigrams();
        }
        if (fieldName.startsWith(IndexFields.PINYIN)) {
            return Analyzers.pinyin();
        }
        return KEYWORD;
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return IndexFields.UTTERANCE_GAP;
    }
}
