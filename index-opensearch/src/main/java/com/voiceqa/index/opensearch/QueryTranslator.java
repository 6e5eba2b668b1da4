package com.voiceqa.index.opensearch;

import com.voiceqa.rules.index.IndexFields;

import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Translates the Lucene query of a {@link com.voiceqa.rules.index.SearchPlan} into the OpenSearch query DSL, node for
 * node, so both engines run the same parsed and analyzed query: terms stay terms (never re-analyzed by the node),
 * phrases become ordered {@code span_near} queries, boosts and the scope's filter clauses are kept. A query type the
 * classic parser can produce but this engine does not translate is refused with advice, never silently dropped.
 */
final class QueryTranslator {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private QueryTranslator() {
    }

    static ObjectNode translate(Query query) {
        ObjectNode out = JSON.createObjectNode();
        switch (query) {
            case BooleanQuery b -> bool(b, out.putObject("bool"));
            case TermQuery t -> term(out, "term", t.getTerm());
            case TermInSetQuery t -> terms(t, out.putObject("terms").putArray(t.getField()));
            case BoostQuery b -> out.putObject("bool").put("boost", b.getBoost()).putArray("must")
                    .add(translate(b.getQuery()));
            case PhraseQuery p -> phrase(p, out);
            case MatchAllDocsQuery ignored -> out.putObject("match_all");
            case MatchNoDocsQuery ignored -> out.putObject("match_none");
            case PointRangeQuery r -> range(r, out.putObject("range").putObject(r.getField()));
            case PrefixQuery p -> term(out, "prefix", p.getPrefix());
            case WildcardQuery w -> term(out, "wildcard", w.getTerm());
            case FuzzyQuery f -> out.putObject("fuzzy").putObject(f.getTerm().field())
                    .put("value", f.getTerm().text()).put("fuzziness", f.getMaxEdits());
            default -> throw new IllegalArgumentException("this search syntax (" + query.getClass().getSimpleName()
                    + ") is not supported on the OpenSearch index: use words, \"phrases\", AND / OR / NOT, * and ?");
        }
        return out;
    }

    private static void bool(BooleanQuery b, ObjectNode bool) {
        boolean required = false;
        boolean optional = false;
        for (BooleanClause c : b.clauses()) {
            String occur = switch (c.occur()) {
                case MUST -> "must";
                case FILTER -> "filter";
                case SHOULD -> "should";
                case MUST_NOT -> "must_not";
            };
            required |= c.occur() == BooleanClause.Occur.MUST || c.occur() == BooleanClause.Occur.FILTER;
            optional |= c.occur() == BooleanClause.Occur.SHOULD;
            (bool.has(occur) ? (ArrayNode) bool.get(occur) : bool.putArray(occur)).add(translate(c.query()));
        }
        if (optional) {
            // Lucene's rule, stated so it does not depend on the DSL's default: without a required clause at least
            // one optional clause must match; with one, optional clauses only add to the score.
            int minimum = b.getMinimumNumberShouldMatch() > 0 ? b.getMinimumNumberShouldMatch() : required ? 0 : 1;
            bool.put("minimum_should_match", minimum);
        }
    }

    /** Any of a set of exact values: the search scope's reps, teams or accounts. */
    private static void terms(TermInSetQuery query, ArrayNode values) {
        try {
            BytesRefIterator each = query.getBytesRefIterator();
            for (BytesRef value = each.next(); value != null; value = each.next()) {
                values.add(value.utf8ToString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an in-memory term set: not reached
        }
    }

    private static void term(ObjectNode out, String kind, Term term) {
        out.putObject(kind).putObject(term.field()).put("value", term.text());
    }

    /**
     * Lucene's phrase has exact relative positions, which may skip a stop word's position (smartcn drops punctuation);
     * {@code span_near} takes the widest skip as slop, in order. A one-term phrase is a term.
     */
    private static void phrase(PhraseQuery p, ObjectNode out) {
        Term[] terms = p.getTerms();
        if (terms.length == 1) {
            term(out, "term", terms[0]);
            return;
        }
        int[] positions = p.getPositions();
        int skipped = positions[positions.length - 1] - positions[0] - (positions.length - 1);
        ObjectNode near = out.putObject("span_near").put("slop", p.getSlop() + skipped).put("in_order", true);
        ArrayNode clauses = near.putArray("clauses");
        for (Term t : terms) {
            term(clauses.addObject(), "span_term", t);
        }
    }

    /** The two numeric ranges {@link com.voiceqa.rules.index.SearchPlan} builds: start time and quality score. */
    private static void range(PointRangeQuery r, ObjectNode range) {
        if (r.getField().equals(IndexFields.STARTED)) {
            range.put("gte", LongPoint.decodeDimension(r.getLowerPoint(), 0))
                    .put("lte", LongPoint.decodeDimension(r.getUpperPoint(), 0));
        } else if (r.getField().equals(IndexFields.SCORE)) {
            double min = DoublePoint.decodeDimension(r.getLowerPoint(), 0);
            double max = DoublePoint.decodeDimension(r.getUpperPoint(), 0);
            if (Double.isFinite(min)) {
                range.put("gte", min);
            }
            if (Double.isFinite(max)) {
                range.put("lte", max);
            }
        } else {
            throw new IllegalArgumentException("no numeric range on field " + r.getField() + " in the OpenSearch index");
        }
    }
}
