package com.voiceqa.rules.match;

import com.voiceqa.rules.pack.PinyinMatching;
import com.voiceqa.rules.pack.TextOperator;
import com.voiceqa.rules.pack.TextOperator.Keywords;
import com.voiceqa.rules.pack.TextOperator.Proximity;
import com.voiceqa.rules.pack.TextOperator.Term;
import com.voiceqa.rules.text.Analyzers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles lexical operators to Lucene queries over the fields {@link #BIGRAMS} (forms of two or more characters: a
 * phrase of CJK bigrams, which lets the monitor's presearcher pick a selective term), {@link #CHARS} (single
 * characters) and {@link #PINYIN}.
 * The query is a necessary condition of the operator (an utterance the query misses cannot match), which is what the
 * monitor's candidate selection needs; {@link TextLocator} then finds the exact spans. Regexes have no Lucene
 * equivalent across tokens and are not compiled ({@code null}).
 */
final class LuceneCompiler {

    static final String CHARS = "chars";
    static final String BIGRAMS = "bigrams";
    static final String PINYIN = "pinyin";

    private LuceneCompiler() {
    }

    static Query compile(TextOperator operator) {
        return switch (operator) {
            case Keywords k -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                k.terms().forEach(t -> b.add(term(t, k.pinyin()), Occur.SHOULD));
                b.setMinimumNumberShouldMatch(k.minMatches());
                yield b.build();
            }
            case Proximity p -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                p.terms().forEach(t -> b.add(term(t, p.pinyin()), Occur.MUST));
                yield b.build();
            }
            case TextOperator.Regex r -> null;
            case TextOperator.Semantic s -> null;
        };
    }

    private static Query term(Term term, PinyinMatching pinyin) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String form : term.forms()) {
            boolean single = form.codePointCount(0, form.length()) == 1;
            b.add(single ? sequence(CHARS, Analyzers.chars(), form) : sequence(BIGRAMS, Analyzers.bigrams(), form),
                    Occur.SHOULD);
            if (pinyin.appliesTo(form)) {
                b.add(sequence(PINYIN, Analyzers.pinyin(), form), Occur.SHOULD);
            }
        }
        return b.build();
    }

    /** The form's tokens as one term or an exact phrase. */
    static Query sequence(String field, Analyzer analyzer, String text) {
        List<String> tokens = tokens(analyzer, field, text);
        if (tokens.isEmpty()) {
            // punctuation-only forms cannot be indexed; match them by the locator on every utterance instead
            return new TermQuery(new org.apache.lucene.index.Term(field, text));
        }
        if (tokens.size() == 1) {
            return new TermQuery(new org.apache.lucene.index.Term(field, tokens.getFirst()));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        tokens.forEach(t -> phrase.add(new org.apache.lucene.index.Term(field, t)));
        return phrase.build();
    }

    static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return out;
    }
}
