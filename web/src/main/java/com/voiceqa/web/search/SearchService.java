package com.voiceqa.web.search;

import com.voiceqa.rules.index.SearchRequest;
import com.voiceqa.rules.index.SearchResult;
import com.voiceqa.web.api.ApiException;
import com.voiceqa.web.api.Ref;
import com.voiceqa.web.calls.CallRepository;
import com.voiceqa.web.calls.CallSummary;
import com.voiceqa.web.security.CallAudience;
import com.voiceqa.web.security.CurrentUser;
import com.voiceqa.web.security.VisibilityScope;
import com.voiceqa.web.users.UserRepository;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Full-text search over the transcripts, limited to what the user may see: {@link CallAudience}'s rule in the index's
 * terms is a scope the search text cannot replace, so hits, totals and facets only
 * count visible calls; every hit is checked against the database scope as well.
 */
@Service
public class SearchService {

    private final SearchIndex index;
    private final CallRepository calls;
    private final UserRepository users;
    private final CallAudience.IndexNames names;

    public SearchService(SearchIndex index, CallRepository calls, UserRepository users,
                         CallAudience.IndexNames names) {
        this.index = index;
        this.calls = calls;
        this.users = users;
        this.names = names;
    }

    public Moments search(SearchParams params, CurrentUser user) {
        SearchRequest.Builder request = SearchRequest.builder().query(params.q()).speaker(params.speaker())
                .from(params.fromInstant()).to(params.toInstant()).minScore(params.minScore()).maxScore(params.maxScore())
                .risks(params.risks()).rules(params.rule() == null ? List.of() : List.of(params.rule()))
                .offset(params.pageOrDefault() * params.sizeOrDefault()).limit(params.sizeOrDefault());
        if (params.account() != null && !params.account().isBlank()) {
            request.account(params.account().strip());
        }
        Optional<String> rep = params.rep() == null ? Optional.empty() : users.principal(params.rep()).map(CurrentUser::username);
        Optional<String> team = params.team() == null ? Optional.empty() : names.team(params.team());
        rep.ifPresent(request::rep);
        team.ifPresent(request::team);
        boolean unknownFilter = params.rep() != null && rep.isEmpty() || params.team() != null && team.isEmpty();
        if (unknownFilter) {
            return new Moments(0, params.pageOrDefault(), params.sizeOrDefault(), List.of(), Map.of());
        }
        SearchResult result;
        try {
            result = index.search(request.build(), CallAudience.of(user).index(names));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        VisibilityScope visible = VisibilityScope.calls(user);
        List<Moment> moments = new ArrayList<>();
        for (SearchResult.CallHit hit : result.hits()) {
            Optional<CallSummary> call = calls.find(hit.callId(), visible);
            call.ifPresent(c -> hit.snippets().forEach(s -> moments.add(new Moment(c.id(), s.utterance(), s.speaker(),
                    s.startSeconds(), s.endSeconds(), s.highlighted(), c.startedAt(), c.rep(), c.account(), c.score(),
                    c.churnRisk()))));
        }
        return new Moments(result.total(), params.pageOrDefault(), params.sizeOrDefault(), moments, result.facets());
    }

    /** @param total matching calls; {@code items} are their best matching moments */
    public record Moments(long total, int page, int size, List<Moment> items, Map<String, Map<String, Long>> facets) {
    }

    public record Moment(String callId, int utterance, String speaker, double start, double end, String highlight,
                         Instant startedAt, Ref rep, Ref account, Double score, String churnRisk) {
    }
}
