package com.voiceqa.rules.index;

import com.voiceqa.rules.CallEvaluation;
import com.voiceqa.rules.CallRecord;

import java.io.Closeable;
import java.io.IOException;

/**
 * The index of calls for search, whatever engine keeps it: embedded Lucene ({@link LuceneTranscriptIndex}, the
 * one-process default) or an OpenSearch cluster (module {@code index-opensearch}). Every implementation runs the same
 * contract tests ({@code TranscriptIndexContract}): the same documents ({@link CallDocument}), the same query
 * ({@link SearchPlan}), the same results, facets and snippets.
 *
 * <p>Invariants: one document per call id ({@link #index} replaces); a call is searchable within about a second of
 * {@link #index} returning (near real time) and at once after {@link #commit}; what was committed survives a restart.
 * Thread-safe.
 */
public interface TranscriptIndex extends Closeable {

    /**
     * Adds or replaces a call whose rep, team and account are {@code parties} (the scope admits by their ids, result
     * rows show their names); {@code evaluation} may be null for a call not yet evaluated.
     */
    void index(CallRecord call, CallParties parties, CallEvaluation evaluation);

    void delete(String callId);

    /**
     * Removes every call, before a rebuild from the database ({@code ./voiceqa reindex}); afterwards the index is of
     * the current schema ({@link #schemaCurrent()}) whatever version wrote it.
     */
    void deleteAll() throws IOException;

    /**
     * False when the index holds documents of another {@link IndexFields#SCHEMA_VERSION} (written by an older
     * VoiceQA): they lack what searches now filter on, so the index must be rebuilt ({@link #deleteAll}, then every
     * call again). A new, empty index is current.
     */
    boolean schemaCurrent();

    /** Makes everything indexed so far durable and visible now (used by bulk loads and tests). */
    void commit() throws IOException;

    /** Number of calls visible to search. */
    int count() throws IOException;

    /** Runs a search over every call; see {@link #search(SearchRequest, SearchScope)}. */
    default SearchResult search(SearchRequest request) throws IOException {
        return search(request, SearchScope.ALL);
    }

    /**
     * Runs a search within {@code scope}: the scope filters the parsed request, so hits, total and facets are all
     * inside it whatever the search text says. Throws {@link IllegalArgumentException} with advice for unparsable
     * search text.
     */
    SearchResult search(SearchRequest request, SearchScope scope) throws IOException;
}
