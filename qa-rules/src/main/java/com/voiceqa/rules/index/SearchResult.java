package com.voiceqa.rules.index;

import com.voiceqa.rules.index.CallParties.Party;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of search results.
 *
 * @param total   number of matching calls
 * @param hits    the calls on this page
 * @param facets  counts over ALL matching calls per facet ({@code rep}, {@code team}, {@code account},
 *                {@code risk}, {@code rule}): value → count, most frequent first (top 20)
 * @param tookMillis search time
 */
public record SearchResult(long total, List<CallHit> hits, Map<String, Map<String, Long>> facets, long tookMillis) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /**
     * A matching call.
     *
     * @param callId    the call
     * @param rep       rep by id and name ({@code null} when the call has none)
     * @param team      team, or {@code null}
     * @param account   account, or {@code null}
     * @param startedAt start of the call
     * @param durationSeconds length
     * @param score     quality score (NaN if the call was indexed without an evaluation)
     * @param risk      churn risk label ({@code ""} without an evaluation)
     * @param rules     ids of the rules with findings
     * @param relevance Lucene score (0 for filter-only searches)
     * @param snippets  the best matching utterances with the matched text marked
     */
    public record CallHit(String callId, Party rep, Party team, Party account, Instant startedAt,
                          double durationSeconds, double score, String risk, List<String> rules, float relevance,
                          List<Snippet> snippets) {
        public CallHit {
            rules = List.copyOf(rules);
            snippets = List.copyOf(snippets);
        }
    }

    /**
     * A matching utterance. {@code highlighted} is the utterance text (spaces stripped) with each match wrapped in
     * {@code <em>…</em>}; the rest of the text is HTML-escaped, so it can be shown as HTML as is.
     *
     * @param utterance    index of the utterance in the call
     * @param speaker      speaker role
     * @param startSeconds start of the utterance (jump-to-audio)
     * @param endSeconds   end of the utterance
     * @param highlighted  marked-up text
     */
    public record Snippet(int utterance, String speaker, double startSeconds, double endSeconds, String highlighted) {
    }
}
