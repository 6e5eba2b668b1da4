package com.voiceqa.rules.index;

import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@link SearchRequest} into a Lucene query. The free text is parsed with the classic query syntax (AND, OR,
 * NOT, "phrases", parentheses; AND is the default operator) over the word, bigram and pinyin fields of the requested
 * speaker roles, so a Chinese word is found by smartcn words, by character bigrams (names smartcn splits) and by
 * sound (homophones, weighted lowest). Filters become non-scoring clauses. Inline filters {@code speaker:customer},
 * {@code rep:…}, {@code team:…}, {@code account:…}, {@code risk:…}, {@code rule:…} in the text are honoured too.
 */
final class QueryBuilder {

    private static final Pattern INLINE = Pattern.compile("(?<![\\w.])(speaker|rep|team|account|risk|rule):(\\S+)");
    private static final float WORDS_BOOST = 3f;
    private static final float BIGRAM_BOOST = 1f;
    private static final float PINYIN_BOOST = 0.3f;
    /** A call that holds a phrase of the search text as written ranks above calls with its words scattered. */
    private static final float EXACT_PHRASE_BOOST = 20f;
    private static final Pattern OPERATORS = Pattern.compile("\\b(AND|OR|NOT)\\b|[\"()+\\-!]");

    private QueryBuilder() {
    }

    /** The request with inline filters moved from the text into the filter fields. */
    static SearchRequest withInlineFilters(SearchRequest r) {
        if (r.query() == null) {
            return r;
        }
        Matcher m = INLINE.matcher(r.query());
        Map<String, List<String>> found = new HashMap<>();
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            found.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2));
            m.appendReplacement(rest, " ");
        }
        if (found.isEmpty()) {
            return r;
        }
        m.appendTail(rest);
        List<String> risks = new ArrayList<>(r.risks());
        risks.addAll(found.getOrDefault("risk", List.of()));
        List<String> rules = new ArrayList<>(r.rules());
        rules.addAll(found.getOrDefault("rule", List.of()));
        return new SearchRequest(rest.toString().strip(), first(found, "speaker", r.speaker()), first(found, "rep", r.rep()),
                first(found, "team", r.team()), first(found, "account", r.account()), r.repId(), r.teamId(), r.from(), r.to(), r.minScore(),
                r.maxScore(), risks, rules, r.sort(), r.offset(), r.limit());
    }

    private static String first(Map<String, List<String>> found, String key, String fallback) {
        List<String> v = found.get(key);
        return v == null ? fallback : v.getFirst();
    }

    static Query build(SearchRequest r, IndexAnalyzer analyzer) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text(r, analyzer), Occur.MUST);
        filter(b, IndexFields.REP, r.rep());
        filter(b, IndexFields.TEAM, r.team());
        filter(b, IndexFields.ACCOUNT, r.account());
        filter(b, IndexFields.REP_ID, r.repId() == null ? null : r.repId().toString());
        filter(b, IndexFields.TEAM_ID, r.teamId() == null ? null : r.teamId().toString());
        if (r.from() != null || r.to() != null) {
            long from = r.from() == null ? Long.MIN_VALUE : r.from().toEpochMilli();
            long to = r.to() == null ? Long.MAX_VALUE : r.to().toEpochMilli() - 1;
            b.add(LongPoint.newRangeQuery(IndexFields.STARTED, from, to), Occur.FILTER);
        }
        if (r.minScore() != null || r.maxScore() != null) {
            double min = r.minScore() == null ? Double.NEGATIVE_INFINITY : r.minScore();
            double max = r.maxScore() == null ? Double.POSITIVE_INFINITY : r.maxScore();
            b.add(DoublePoint.newRangeQuery(IndexFields.SCORE, min, max), Occur.FILTER);
        }
        if (!r.risks().isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            r.risks().forEach(risk -> any.add(new TermQuery(new Term(IndexFields.RISK,
                    risk.toLowerCase(Locale.ROOT))), Occur.SHOULD));
            b.add(any.build(), Occur.FILTER);
        }
        r.rules().forEach(rule -> filter(b, IndexFields.RULE, rule));
        return b.build();
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    /** The roles whose text is searched: the requested speaker, or all. */
    static List<String> roles(SearchRequest r) {
        if (r.speaker() == null || r.speaker().isBlank()) {
            return IndexFields.ROLES;
        }
        return List.of(IndexFields.role(r.speaker().strip().toLowerCase(Locale.ROOT)));
    }

    private static Query text(SearchRequest r, IndexAnalyzer analyzer) {
        String q = r.query() == null ? "" : r.query().strip();
        if (q.isEmpty() || q.equals("*")) {
            return new MatchAllDocsQuery();
        }
        List<String> fields = new ArrayList<>();
        Map<String, Float> boosts = new HashMap<>();
        for (String role : roles(r)) {
            add(fields, boosts, IndexFields.WORDS + role, WORDS_BOOST);
            add(fields, boosts, IndexFields.BIGRAM + role, BIGRAM_BOOST);
            add(fields, boosts, IndexFields.PINYIN + role, PINYIN_BOOST);
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields.toArray(String[]::new), analyzer, boosts);
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            Query parsed = parser.parse(q);
            BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(parsed, Occur.MUST);
            org.apache.lucene.util.QueryBuilder exact = new org.apache.lucene.util.QueryBuilder(analyzer);
            for (String phrase : phrases(q)) {
                for (String role : roles(r)) {
                    Query adjacent = exact.createPhraseQuery(IndexFields.BIGRAM + role, phrase);
                    if (adjacent != null) {
                        ranked.add(new BoostQuery(adjacent, EXACT_PHRASE_BOOST), Occur.SHOULD);
                    }
                }
            }
            return ranked.build();
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot parse the search text '" + q + "': check quotes and parentheses, "
                    + "and write AND / OR / NOT in capitals (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    /**
     * The phrases of the search text as a user wrote them: the text between operators, quotes and parentheses, of two
     * or more characters (spaces inside a CJK phrase dropped). They rank calls and are what snippets mark first.
     */
    static List<String> phrases(String query) {
        if (query == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String chunk : OPERATORS.matcher(INLINE.matcher(query).replaceAll(" ")).replaceAll(" ").split("\\s+")) {
            String phrase = chunk.toLowerCase(Locale.ROOT);
            if (phrase.codePointCount(0, phrase.length()) >= 2 && !out.contains(phrase)) {
                out.add(phrase);
            }
        }
        return out;
    }

    private static void add(List<String> fields, Map<String, Float> boosts, String field, float boost) {
        fields.add(field);
        boosts.put(field, boost);
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
