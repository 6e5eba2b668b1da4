package com.voiceqa.rules.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The calls a searcher may see, applied by {@link TranscriptIndex#search(SearchRequest, SearchScope)} as a
 * filter clause around the parsed request. It is a separate argument, not part of the {@link SearchRequest}, so
 * nothing in the search text (inline {@code rep:} / {@code team:} filters, Lucene field syntax) can replace it: the
 * text can only narrow the results within the scope, and totals and facets count only calls inside it.
 *
 * @param rep  only this rep's calls (username), or {@code null}
 * @param team only this team's calls (team name), or {@code null}
 */
public record SearchScope(String rep, String team) {

    /** Every call (administrators, command-line tools, tests). */
    public static final SearchScope ALL = new SearchScope(null, null);

    public static SearchScope ofRep(String rep) {
        return new SearchScope(requireName(rep, "rep"), null);
    }

    public static SearchScope ofTeam(String team) {
        return new SearchScope(null, requireName(team, "team"));
    }

    /** {@code query} limited to this scope. */
    Query restrict(Query query) {
        if (rep == null && team == null) {
            return query;
        }
        BooleanQuery.Builder scoped = new BooleanQuery.Builder().add(query, Occur.MUST);
        if (rep != null) {
            scoped.add(new TermQuery(new Term(IndexFields.REP, rep)), Occur.FILTER);
        }
        if (team != null) {
            scoped.add(new TermQuery(new Term(IndexFields.TEAM, team)), Occur.FILTER);
        }
        return scoped.build();
    }

    private static String requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a search scope needs a " + what + " name");
        }
        return name;
    }
}
