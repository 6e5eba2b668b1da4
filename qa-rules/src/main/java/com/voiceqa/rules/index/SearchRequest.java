package com.voiceqa.rules.index;

import java.time.Instant;
import java.util.List;

/**
 * A search over indexed calls. Every filter is optional ({@code null} or empty = no filter); filters combine with AND.
 *
 * @param query     free text: words, "quoted phrases", AND / OR / NOT, parentheses, {@code *} for everything.
 *                  Chinese words are matched by word (SmartChineseAnalyzer), by character bigram (names smartcn does
 *                  not know) and by toneless pinyin (homophone ASR errors: 包价 finds 报价)
 * @param speaker   only text spoken by this role ({@code rep} or {@code customer})
 * @param rep       rep name (exact)
 * @param team      team (exact)
 * @param account   customer account (exact)
 * @param repId     only calls of the rep with this id ({@link CallParties})
 * @param teamId    only calls of the team with this id
 * @param from      calls started at or after this instant
 * @param to        calls started before this instant
 * @param minScore  quality score at least this
 * @param maxScore  quality score at most this
 * @param risks     churn risk labels ({@code none}, {@code low}, {@code medium}, {@code high}); any of them
 * @param rules     rule ids or categories that must have a finding in the call; all of them
 * @param sort      result order
 * @param offset    paging: results to skip
 * @param limit     paging: results to return (1..100)
 */
public record SearchRequest(String query, String speaker, String rep, String team, String account, Long repId,
                            Long teamId, Instant from, Instant to, Double minScore, Double maxScore, List<String> risks, List<String> rules,
                            Sort sort, int offset, int limit) {

    public static final int MAX_LIMIT = 100;

    public enum Sort {
        RELEVANCE, NEWEST, OLDEST, SCORE_ASC, SCORE_DESC, LONGEST
    }

    public SearchRequest {
        risks = risks == null ? List.of() : List.copyOf(risks);
        rules = rules == null ? List.of() : List.copyOf(rules);
        sort = sort == null ? Sort.RELEVANCE : sort;
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /** A free-text search with no filters: first page of 20, by relevance. */
    public static SearchRequest text(String query) {
        return builder().query(query).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Fluent construction for callers (the web layer) that set a few filters. */
    public static final class Builder {
        private String query;
        private String speaker;
        private String rep;
        private String team;
        private String account;
        private Long repId;
        private Long teamId;
        private Instant from;
        private Instant to;
        private Double minScore;
        private Double maxScore;
        private List<String> risks = List.of();
        private List<String> rules = List.of();
        private Sort sort = Sort.RELEVANCE;
        private int offset;
        private int limit = 20;

        public Builder query(String v) { query = v; return this; }
        public Builder speaker(String v) { speaker = v; return this; }
        public Builder rep(String v) { rep = v; return this; }
        public Builder team(String v) { team = v; return this; }
        public Builder account(String v) { account = v; return this; }
        public Builder repId(Long v) { repId = v; return this; }
        public Builder teamId(Long v) { teamId = v; return this; }
        public Builder from(Instant v) { from = v; return this; }
        public Builder to(Instant v) { to = v; return this; }
        public Builder minScore(Double v) { minScore = v; return this; }
        public Builder maxScore(Double v) { maxScore = v; return this; }
        public Builder risks(List<String> v) { risks = v; return this; }
        public Builder rules(List<String> v) { rules = v; return this; }
        public Builder sort(Sort v) { sort = v; return this; }
        public Builder offset(int v) { offset = v; return this; }
        public Builder limit(int v) { limit = v; return this; }

        public SearchRequest build() {
            return new SearchRequest(query, speaker, rep, team, account, repId, teamId, from, to, minScore, maxScore, risks, rules,
                    sort, offset, limit);
        }
    }
}
