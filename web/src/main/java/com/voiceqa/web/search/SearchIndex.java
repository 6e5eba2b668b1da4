package com.voiceqa.web.search;

import com.voiceqa.rules.CallEvaluation;
import com.voiceqa.rules.CallRecord;
import com.voiceqa.rules.index.CallParties;
import com.voiceqa.rules.index.SearchRequest;
import com.voiceqa.rules.index.SearchResult;
import com.voiceqa.rules.index.SearchScope;
import com.voiceqa.rules.index.TranscriptIndex;
import com.voiceqa.web.config.VoiceQaProperties;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The process's transcript index: embedded Lucene under {@code <data>/index} or an OpenSearch index, as
 * {@link IndexProperties} says.
 */
@Component
public class SearchIndex {

    private final TranscriptIndex index;

    public SearchIndex(VoiceQaProperties properties, IndexProperties engine) throws IOException {
        this.index = engine.open(properties.indexDir());
    }

    /**
     * Adds or replaces a call and commits, so the document is on disk before the call is marked done: the index's
     * own periodic commit would leave a call done in the database but missing from search after a crash. Only
     * {@code reindex.Reindexer} writes, so the index follows the database from one place.
     */
    public void add(CallRecord call, CallParties parties, CallEvaluation evaluation) {
        index.index(call, parties, evaluation);
        try {
            index.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be written", e);
        }
    }

    /** Searches the calls inside {@code scope} only; the request's text and filters can narrow it, never widen it. */
    public SearchResult search(SearchRequest request, SearchScope scope) {
        try {
            return index.search(request, scope);
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be read", e);
        }
    }

    /**
     * Replaces the whole index by the calls {@code calls} adds, committed once at the end ({@code ./voiceqa
     * reindex}); returns how many were added.
     */
    public int rebuild(Batch calls) {
        try {
            index.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be emptied for a rebuild", e);
        }
        return addAll(calls);
    }

    /** Adds or replaces the calls {@code calls} adds, committed once at the end; returns how many were added. */
    public int addAll(Batch calls) {
        int[] added = {0};
        calls.addAll((call, parties, evaluation) -> {
            index.index(call, parties, evaluation);
            added[0]++;
        });
        try {
            index.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not be written", e);
        }
        return added[0];
    }

    /** Calls handed one by one to the index, committed together. */
    @FunctionalInterface
    public interface Batch {
        void addAll(Add index);
    }

    /** One call of a batch. */
    @FunctionalInterface
    public interface Add {
        void add(CallRecord call, CallParties parties, CallEvaluation evaluation);
    }

    /** False when an older VoiceQA wrote the index: it must be rebuilt ({@link #rebuild}) before the product uses it. */
    public boolean schemaCurrent() {
        return index.schemaCurrent();
    }

    public int count() {
        try {
            return index.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PreDestroy
    void close() throws IOException {
        index.close();
    }
}
