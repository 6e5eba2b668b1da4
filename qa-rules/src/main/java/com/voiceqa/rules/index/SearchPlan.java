package com.voiceqa.rules.index;

import com.voiceqa.rules.index.SearchResult.CallHit;
import org.apache.lucene.search.Query;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A search request made ready for any engine: inline filters moved out of the text, the text parsed and analyzed with
 * the index's own analyzers, the scope wrapped around it. The Lucene index runs {@link #query()} as it is; other
 * engines translate that query tree, so parsing, analysis, boosts and the scope rule exist once. Result rows are built
 * here too ({@link #hit}), with the same per-utterance snippets whatever engine found the call.
 */
public final class SearchPlan {

    private static final IndexAnalyzer ANALYZER = new IndexAnalyzer();

    private final SearchRequest request;
    private final Query query;
    private final SnippetBuilder snippets;

    private SearchPlan(SearchRequest request, Query query) {
        this.request = request;
        this.query = query;
        this.snippets = new SnippetBuilder(query, QueryBuilder.roles(request), QueryBuilder.phrases(request.query()));
    }

    /** Throws {@link IllegalArgumentException} with advice when the search text cannot be parsed. */
    public static SearchPlan of(SearchRequest request, SearchScope scope) {
        SearchRequest r = QueryBuilder.withInlineFilters(request);
        return new SearchPlan(r, scope.restrict(QueryBuilder.build(r, ANALYZER)));
    }

    /** The request with its inline filters moved into the filter fields (paging and sort as asked). */
    public SearchRequest request() {
        return request;
    }

    /** The scoped query over the {@link IndexFields} schema, terms already analyzed. */
    public Query query() {
        return query;
    }

    /** A result row from the call's stored JSON ({@link CallDocument#storedJson()}) and its relevance score. */
    public CallHit hit(String storedJson, float relevance) {
        StoredCall c;
        try {
            c = IndexFields.parseStored(storedJson);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored call in the index is not readable JSON", e);
        }
        return new CallHit(c.id(), c.rep(), c.team(), c.account(), c.startedAt(), c.duration(), c.score(), c.risk(),
                c.rules(), Float.isNaN(relevance) ? 0 : relevance, snippets.snippets(c));
    }
}
