package com.voiceqa.web.review;

import com.voiceqa.web.api.ApiException;
import com.voiceqa.web.calls.CallRepository;
import com.voiceqa.web.calls.CallService;
import com.voiceqa.web.calls.CallSummary;
import com.voiceqa.web.findings.FindingsChanged;
import com.voiceqa.web.findings.HitRepository;
import com.voiceqa.web.findings.HitView;
import com.voiceqa.web.findings.ScoreCalculator;
import com.voiceqa.web.rules.RuleBook;
import com.voiceqa.web.security.CurrentUser;
import com.voiceqa.web.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * The review and appeal workflow: a manager marks each finding correct or wrong, the rep appeals a finding on their
 * own call, a manager decides. After every step the call's score is recomputed from the findings that still count.
 */
@Service
public class ReviewService {

    private final CallService calls;
    private final CallRepository callRepository;
    private final HitRepository hits;
    private final JsonMapper json;
    private final RuleBook rules;
    private final ApplicationEventPublisher events;

    public ReviewService(CallService calls, CallRepository callRepository, HitRepository hits, JsonMapper json,
                         RuleBook rules, ApplicationEventPublisher events) {
        this.calls = calls;
        this.callRepository = callRepository;
        this.hits = hits;
        this.json = json;
        this.rules = rules;
        this.events = events;
    }

    @Transactional
    public Outcome review(String callId, long hitId, String verdict, String note, CurrentUser reviewer) {
        requireReviewer(reviewer);
        HitView hit = visibleHit(callId, hitId, reviewer);
        hits.review(hit.id(), verdict, reviewer.id(), note);
        return rescore(callId, hitId);
    }

    @Transactional
    public Outcome appeal(String callId, long hitId, String note, CurrentUser rep) {
        CallSummary call = calls.summary(callId, rep);
        if (call.rep() == null || call.rep().id() != rep.id()) {
            throw ApiException.forbidden("only the rep of the call may appeal its findings");
        }
        HitView hit = visibleHit(callId, hitId, rep);
        if (hit.appeal() != null && hit.appeal().status().equals("open")) {
            throw ApiException.conflict("this finding already has an open appeal; wait for the manager's decision");
        }
        if (!hit.counts()) {
            throw ApiException.conflict("this finding was already judged wrong; there is nothing to appeal");
        }
        hits.appeal(hit.id(), rep.id(), note);
        return rescore(callId, hitId);
    }

    @Transactional
    public Outcome decide(String callId, long hitId, boolean accept, String note, CurrentUser manager) {
        requireReviewer(manager);
        HitView hit = visibleHit(callId, hitId, manager);
        if (hit.appeal() == null || !hit.appeal().status().equals("open")) {
            throw ApiException.conflict("this finding has no open appeal to decide");
        }
        hits.decide(hit.appeal().id(), accept, manager.id(), note);
        if (accept) {
            hits.review(hit.id(), "wrong", manager.id(), note);
        }
        return rescore(callId, hitId);
    }

    /** The call's score and churn risk from the findings that still count; the account's risk follows on read. */
    private Outcome rescore(String callId, long hitId) {
        String dimensions = callRepository.documents(callId).orElseThrow().dimensionsJson();
        List<HitView> all = hits.forCall(callId);
        ScoreCalculator.Result result = ScoreCalculator.rescore(
                dimensions == null ? List.of() : json.readValue(dimensions, ScoreCalculator.DIMENSIONS), all);
        callRepository.updateScore(callId, result.score(), result.vetoed());
        String churnRisk = rules.engine().churnRisk(all.stream()
                .filter(h -> h.counts() && h.kind().equals("churn")).map(HitView::asRuleHit).toList()).label();
        callRepository.updateChurnRisk(callId, churnRisk);
        events.publishEvent(new FindingsChanged(callId));
        HitView hit = all.stream().filter(h -> h.id() == hitId).findFirst().orElseThrow();
        return new Outcome(hit, result.score(), result.vetoed(), churnRisk);
    }

    private HitView visibleHit(String callId, long hitId, CurrentUser user) {
        calls.summary(callId, user);
        return hits.find(callId, hitId).orElseThrow(() -> ApiException.notFound("finding " + hitId + " of call " + callId));
    }

    private static void requireReviewer(CurrentUser user) {
        if (user.role() == Role.REP) {
            throw ApiException.forbidden("only managers and admins review findings; reps may appeal instead");
        }
    }

    /** The finding after the step and the call's new score and churn risk. */
    public record Outcome(HitView hit, double score, boolean vetoed, String churnRisk) {
    }
}
