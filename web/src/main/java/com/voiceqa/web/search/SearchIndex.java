package com.voiceqa.web.search;

import com.voiceqa.rules.CallEvaluation;
import com.voiceqa.rules.CallRecord;
import com.voiceqa.rules.index.SearchRequest;
import com.voiceqa.rules.index.SearchResult;
import com.voiceqa.rules.index.LuceneTranscriptIndex;
import com.voiceqa.rules.index.SearchScope;
import com.voiceqa.rules.index.TranscriptIndex;
import com.voiceqa.web.config.VoiceQaProperties;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The process's Lucene transcript index (qa-rules) under {@code <data>/index}. */
@Component
public class SearchIndex {

    private final TranscriptIndex index;

    public SearchIndex(VoiceQaProperties properties) throws IOException {
        this.index = LuceneTranscriptIndex.open(properties.indexDir());
    }

    /**
     * Adds or replaces a call and commits, so the document is on disk before the call is marked done: the index's
     * own periodic commit would leave a call done in the database but missing from search after a crash.
     */
    public void add(CallRecord call, CallEvaluation evaluation) {
        index.index(call, evaluation);
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
