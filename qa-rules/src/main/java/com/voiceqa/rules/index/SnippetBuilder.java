package com.voiceqa.rules.index;

import com.voiceqa.rules.index.SearchResult.Snippet;
import com.voiceqa.rules.index.StoredCall.StoredUtterance;
import com.voiceqa.rules.text.Analyzers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds per-utterance snippets: the query's word and bigram terms are marked where they occur in each utterance of
 * a hit (a plain substring search: re-running smartcn on every utterance of every hit would cost more than the search
 * itself), and the pinyin terms by re-analyzing the utterance. Working per utterance (not per document, as Lucene's
 * highlighters do) keeps the utterance's timestamp for jump-to-audio. Pinyin tokens are only marked in runs of two
 * or more, so a query's single syllable does not light up every homophone.
 *
 * <p>A phrase of the search text found as written wins: when a call has utterances holding one, only those are its
 * snippets (so the first moment, and its ▶, is the phrase's) and the whole phrase is marked. Otherwise terms are
 * marked, but a single character only when the search itself is one character (不 of 不便宜 alone means nothing).
 */
final class SnippetBuilder {

    static final int MAX_SNIPPETS = 3;

    private final Set<String> words = new HashSet<>();
    private final Set<String> bigrams = new HashSet<>();
    private final Set<String> pinyin = new HashSet<>();
    private final List<String> roles;
    private final List<String> phrases;

    SnippetBuilder(Query query, List<String> roles, List<String> phrases) {
        this.roles = roles;
        this.phrases = phrases;
        Set<Term> terms = new HashSet<>();
        query.visit(QueryVisitor.termCollector(terms));
        for (Term t : terms) {
            String f = t.field();
            if (f.startsWith(IndexFields.WORDS)) {
                words.add(t.text());
            } else if (f.startsWith(IndexFields.BIGRAM)) {
                bigrams.add(t.text());
            } else if (f.startsWith(IndexFields.PINYIN)) {
                pinyin.add(t.text());
            }
        }
        if (!phrases.isEmpty()) {
            words.removeIf(w -> w.codePointCount(0, w.length()) < 2);
            bigrams.removeIf(b -> b.codePointCount(0, b.length()) < 2);
        }
    }

    List<Snippet> snippets(StoredCall call) {
        if (words.isEmpty() && bigrams.isEmpty() && pinyin.isEmpty()) {
            return List.of();
        }
        record Scored(int index, int marks, Snippet snippet) {
        }
        List<Scored> scored = new ArrayList<>();
        List<Scored> withPhrase = new ArrayList<>();
        for (int i = 0; i < call.utterances().size(); i++) {
            StoredUtterance u = call.utterances().get(i);
            if (!roles.contains(IndexFields.role(u.speaker()))) {
                continue;
            }
            boolean[] marked = new boolean[u.text().length()];
            int phraseMarks = markPhrases(phrases, u.text(), marked);
            int marks = markSubstrings(words, u.text(), marked) + markSubstrings(bigrams, u.text(), marked)
                    + mark(Analyzers.pinyin(), pinyin, u.text(), marked, 2);
            if (phraseMarks + marks > 0) {
                Scored s = new Scored(i, phraseMarks * 100 + marks,
                        new Snippet(i, u.speaker(), u.start(), u.end(), render(u.text(), marked)));
                (phraseMarks > 0 ? withPhrase : scored).add(s);
            }
        }
        if (!withPhrase.isEmpty()) {
            scored = withPhrase;
        }
        return scored.stream().sorted(Comparator.comparingInt(Scored::marks).reversed()).limit(MAX_SNIPPETS)
                .sorted(Comparator.comparingInt(Scored::index)).map(Scored::snippet).toList();
    }

    /** Marks each phrase where the text holds it, ignoring the spaces Vosk puts between Chinese words. */
    private static int markPhrases(List<String> phrases, String text, boolean[] marked) {
        StringBuilder compact = new StringBuilder(text.length());
        int[] original = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                original[compact.length()] = i;
                compact.append(Character.toLowerCase(text.charAt(i)));
            }
        }
        int count = 0;
        for (String phrase : phrases) {
            String p = phrase.replaceAll("\\s+", "");
            for (int at = compact.indexOf(p); at >= 0 && !p.isEmpty(); at = compact.indexOf(p, at + 1)) {
                for (int c = original[at]; c <= original[at + p.length() - 1]; c++) {
                    marked[c] = true;
                }
                count++;
            }
        }
        return count;
    }

    private static int markSubstrings(Set<String> terms, String text, boolean[] marked) {
        int count = 0;
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String term : terms) {
            for (int at = lower.indexOf(term); at >= 0 && !term.isEmpty(); at = lower.indexOf(term, at + 1)) {
                for (int c = at; c < at + term.length() && c < marked.length; c++) {
                    marked[c] = true;
                }
                count++;
            }
        }
        return count;
    }

    /** Marks tokens that are query terms, in runs of at least {@code minRun} consecutive tokens. */
    private static int mark(Analyzer analyzer, Set<String> terms, String text, boolean[] marked, int minRun) {
        if (terms.isEmpty()) {
            return 0;
        }
        int count = 0;
        List<int[]> run = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("snippet", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (terms.contains(term.toString())) {
                    run.add(new int[] {offset.startOffset(), offset.endOffset()});
                } else {
                    count += flush(run, minRun, marked);
                }
            }
            ts.end();
            count += flush(run, minRun, marked);
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of a stored utterance failed", e);
        }
        return count;
    }

    private static int flush(List<int[]> run, int minRun, boolean[] marked) {
        int n = 0;
        if (run.size() >= minRun) {
            for (int[] span : run) {
                for (int c = span[0]; c < span[1] && c < marked.length; c++) {
                    marked[c] = true;
                }
                n++;
            }
        }
        run.clear();
        return n;
    }

    /** HTML-escaped text with marked runs wrapped in {@code <em>}. */
    static String render(String text, boolean[] marked) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean open = false;
        for (int i = 0; i < text.length(); i++) {
            if (marked[i] != open) {
                out.append(open ? "</em>" : "<em>");
                open = marked[i];
            }
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        if (open) {
            out.append("</em>");
        }
        return out.toString();
    }
}
