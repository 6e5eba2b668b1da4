package com.voiceqa.web.search;

import com.voiceqa.rules.index.CallParties.Party;
import com.voiceqa.rules.index.SearchRequest;
import com.voiceqa.rules.index.SearchResult;
import com.voiceqa.web.api.ApiException;
import com.voiceqa.web.api.Ref;
import com.voiceqa.web.security.CallAudience;
import com.voiceqa.web.security.CurrentUser;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Full-text search over the transcripts, limited to what the user may see: {@link CallAudience}'s rule in the index's
 * terms (ids of reps, teams and accounts) is a scope the search text cannot replace, so hits, totals and facets only
 * count visible calls. A result row is built from the index alone (rep, account, score, risk as the index holds them,
 * kept current by {@code reindex.Reindexer}): one index query and one look-up of the user's accounts per search, no
 * query per hit.
 */
@Service
public class SearchService {

    private final SearchIndex index;
    private final CallAudience.OwnedAccounts owned;

    public SearchService(SearchIndex index, CallAudience.OwnedAccounts owned) {
        this.index = index;
        this.owned = owned;
    }

    public Moments search(SearchParams params, CurrentUser user) {
        SearchRequest.Builder request = SearchRequest.builder().query(params.q()).speaker(params.speaker())
                .repId(params.rep()).teamId(params.team())
                .from(params.fromInstant()).to(params.toInstant()).minScore(params.minScore()).maxScore(params.maxScore())
                .risks(params.risks()).rules(params.rule() == null ? List.of() : List.of(params.rule()))
                .offset(params.pageOrDefault() * params.sizeOrDefault()).limit(params.sizeOrDefault());
        if (params.account() != null && !params.account().isBlank()) {
            request.account(params.account().strip());
        }
        SearchResult result;
        try {
            result = index.search(request.build(), CallAudience.of(user).index(owned));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        List<Moment> moments = new ArrayList<>();
        for (SearchResult.CallHit hit : result.hits()) {
            hit.snippets().forEach(s -> moments.add(new Moment(hit.callId(), s.utterance(), s.speaker(),
                    s.startSeconds(), s.endSeconds(), s.highlighted(), hit.startedAt(), ref(hit.rep()),
                    ref(hit.account()), Double.isNaN(hit.score()) ? null : hit.score(),
                    hit.risk().isEmpty() ? null : hit.risk())));
        }
        return new Moments(result.total(), params.pageOrDefault(), params.sizeOrDefault(), moments, result.facets());
    }

    private static Ref ref(Party party) {
        return party == null ? null : new Ref(party.id(), party.name());
    }

    /** @param total matching calls; {@code items} are their best matching moments */
    public record Moments(long total, int page, int size, List<Moment> items, Map<String, Map<String, Long>> facets) {
    }

    public record Moment(String callId, int utterance, String speaker, double start, double end, String highlight,
                         Instant startedAt, Ref rep, Ref account, Double score, String churnRisk) {
    }
}
