package com.voiceqa.rules.text;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/** Replaces each single-Chinese-character token with its toneless pinyin syllable; other tokens pass unchanged. */
public final class PinyinFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public PinyinFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (term.length() == 1) {
            String syllable = Pinyin.of(term.charAt(0));
            if (syllable != null) {
                term.setEmpty().append(syllable);
            }
        }
        return true;
    }
}
