package com.voiceqa.rules.pack;

import java.util.List;
import java.util.regex.Pattern;

/** The lexical operators. Terms are matched as exact character sequences after whitespace is stripped. */
public sealed interface TextOperator {

    /** A term and its synonyms: any of the forms matches. */
    record Term(List<String> forms) {
        public Term {
            forms = List.copyOf(forms);
        }
    }

    /**
     * Keywords: at least {@code minMatches} distinct terms occur in one utterance (1 = any, terms.size() = all).
     * Forms that {@code pinyin} covers also match text that sounds the same (toneless pinyin), catching homophone
     * ASR errors such as 包价 for 报价.
     */
    record Keywords(List<Term> terms, int minMatches, PinyinMatching pinyin) implements TextOperator {
        public Keywords {
            terms = List.copyOf(terms);
        }
    }

    /**
     * All terms occur in one utterance within {@code withinChars} characters of each other (gap between the end of
     * one and the start of the next); with {@code ordered}, in the given order. A phrase is an ordered proximity
     * with a gap of 0.
     */
    record Proximity(List<Term> terms, int withinChars, boolean ordered, PinyinMatching pinyin) implements TextOperator {
        public Proximity {
            terms = List.copyOf(terms);
        }
    }

    /**
     * A regular expression over one utterance's text; a match is cancelled when {@code exclude} matches the utterance.
     * With {@code bySound} both patterns search the text's {@link com.voiceqa.rules.text.Pinyin#soundKeys} with their
     * own Chinese characters keyed the same way, so every literal Chinese character matches any homophone (a
     * recognizer's 窝是 for 我是); {@code pattern} and {@code exclude} stay as written, for display.
     */
    record Regex(Pattern pattern, Pattern exclude, boolean bySound, Pattern searched, Pattern searchedExclude)
            implements TextOperator {

        public static Regex of(Pattern pattern, Pattern exclude, boolean bySound) {
            return new Regex(pattern, exclude, bySound, bySound ? keyed(pattern) : pattern,
                    bySound ? keyed(exclude) : exclude);
        }

        private static Pattern keyed(Pattern p) {
            return p == null ? null : Pattern.compile(com.voiceqa.rules.text.Pinyin.soundKeys(p.pattern()), p.flags());
        }
    }

    /**
     * A clause model's judgement: clauses whose probability for {@code label} is above {@code above} match, whatever
     * their wording. {@code model} names a {@link com.voiceqa.rules.semantic.ClauseModel} (built-in, or in the models folder).
     */
    record Semantic(String model, String label, double above) implements TextOperator {
        public static final String DEFAULT_MODEL = "churn-clauses";
    }
}
