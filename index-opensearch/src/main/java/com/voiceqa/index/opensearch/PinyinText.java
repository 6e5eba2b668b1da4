package com.voiceqa.index.opensearch;

import com.voiceqa.rules.text.Analyzers;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.StringJoiner;

/**
 * An utterance as the pinyin field's tokens joined by spaces: the embedded index's own pinyin analysis run by the
 * client, because OpenSearch has no built-in pinyin analyzer (the community pinyin plugin is not published for 3.8).
 * The node splits the result on whitespace, so terms and positions are those of the embedded index.
 */
final class PinyinText {

    private PinyinText() {
    }

    static String of(String text) {
        StringJoiner out = new StringJoiner(" ");
        try (TokenStream ts = Analyzers.pinyin().tokenStream("pinyin", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("pinyin analysis of an in-memory string failed", e);
        }
        return out.toString();
    }
}
