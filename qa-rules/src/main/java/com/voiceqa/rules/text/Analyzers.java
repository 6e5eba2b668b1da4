package com.voiceqa.rules.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyses of transcript text. All expect text already passed through {@link NormalizedText} (Vosk's spaces
 * between Chinese words removed).
 * <ul>
 *   <li>{@link #words()}: SmartChineseAnalyzer words, for relevance;</li>
 *   <li>{@link #bigrams()}: CJK bigrams (and Latin words), for recall on names and domain words smartcn splits;</li>
 *   <li>{@link #chars()}: one token per Chinese character (Latin words whole), so a keyword is an exact phrase of
 *       characters whatever the word segmentation;</li>
 *   <li>{@link #pinyin()}: like {@link #chars()} but each character replaced by its toneless pinyin, for homophones.</li>
 * </ul>
 * Analyzers are thread-safe and reusable.
 */
public final class Analyzers {

    private static final Analyzer WORDS = new SmartChineseAnalyzer();
    private static final Analyzer BIGRAMS = new CJKAnalyzer(CharArraySet.EMPTY_SET);
    private static final Analyzer CHARS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }
    };
    private static final Analyzer PINYIN = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new PinyinFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source, stream);
        }
    };

    private Analyzers() {
    }

    public static Analyzer words() {
        return WORDS;
    }

    public static Analyzer bigrams() {
        return BIGRAMS;
    }

    public static Analyzer chars() {
        return CHARS;
    }

    public static Analyzer pinyin() {
        return PINYIN;
    }
}
