package com.voiceqa.rules.index;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

import java.util.Objects;
import java.util.Set;

/**
 * The calls a searcher may see, applied by {@link TranscriptIndex#search(SearchRequest, SearchScope)} as a
 * filter clause around the parsed request. It is a separate argument, not part of the {@link SearchRequest}, so
 * nothing in the search text (inline {@code rep:} / {@code team:} filters, Lucene field syntax) can replace it: the
 * text can only narrow the results within the scope, and totals and facets count only calls inside it.
 *
 * <p>A restricted scope admits a call made by any of {@code reps}, or in any of {@code teams}, or with any of
 * {@code accounts}, all by id ({@link CallParties}: names are not unique and change); with all three empty it admits
 * nothing. Who gets which ids is the caller's visibility rule, not the index's.
 *
 * @param unrestricted every call, whatever the sets say
 * @param reps         ids of the reps whose calls are visible
 * @param teams        ids of the teams whose calls are visible
 * @param accounts     ids of the accounts whose calls are visible
 */
public record SearchScope(boolean unrestricted, Set<Long> reps, Set<Long> teams, Set<Long> accounts) {

    /** Every call (administrators, command-line tools, tests). */
    public static final SearchScope ALL = new SearchScope(true, Set.of(), Set.of(), Set.of());
    /** No call at all (a manager without a team). */
    public static final SearchScope NONE = anyOf(Set.of(), Set.of(), Set.of());

    public SearchScope {
        reps = ids(reps, "rep");
        teams = ids(teams, "team");
        accounts = ids(accounts, "account");
    }

    /** Calls made by any of {@code reps}, in any of {@code teams} or with any of {@code accounts}. */
    public static SearchScope anyOf(Set<Long> reps, Set<Long> teams, Set<Long> accounts) {
        return new SearchScope(false, reps, teams, accounts);
    }

    public static SearchScope ofRep(long rep) {
        return anyOf(Set.of(rep), Set.of(), Set.of());
    }

    public static SearchScope ofTeam(long team) {
        return anyOf(Set.of(), Set.of(team), Set.of());
    }

    /** {@code query} limited to this scope. */
    Query restrict(Query query) {
        if (unrestricted) {
            return query;
        }
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(admitted(), Occur.FILTER).build();
    }

    private Query admitted() {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        addAny(any, IndexFields.REP_ID, reps);
        addAny(any, IndexFields.TEAM_ID, teams);
        addAny(any, IndexFields.ACCOUNT_ID, accounts);
        BooleanQuery query = any.build();
        return query.clauses().isEmpty() ? new MatchNoDocsQuery("the search scope admits no call") : query;
    }

    /** One set-membership clause per field: a rep owning thousands of accounts stays within Lucene's clause limit. */
    private static void addAny(BooleanQuery.Builder any, String field, Set<Long> ids) {
        if (!ids.isEmpty()) {
            any.add(new TermInSetQuery(field, ids.stream().map(id -> new BytesRef(id.toString())).toList()),
                    Occur.SHOULD);
        }
    }

    private static Set<Long> ids(Set<Long> ids, String what) {
        if (ids == null || ids.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("a search scope needs a set of " + what + " ids (empty for none)");
        }
        return Set.copyOf(ids);
    }
}
