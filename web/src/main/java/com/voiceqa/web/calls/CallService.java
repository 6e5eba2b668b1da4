package com.voiceqa.web.calls;

import com.voiceqa.core.Segment;
import com.voiceqa.core.Word;
import com.voiceqa.core.metrics.CallMetrics;
import com.voiceqa.rules.CallEvaluation;
import com.voiceqa.rules.CallMetadata;
import com.voiceqa.rules.CallRecord;
import com.voiceqa.rules.ChurnRisk;
import com.voiceqa.rules.RuleHit;
import com.voiceqa.web.api.ApiException;
import com.voiceqa.web.api.Page;
import com.voiceqa.web.api.Ref;
import com.voiceqa.web.findings.HitRepository;
import com.voiceqa.web.findings.HitView;
import com.voiceqa.web.findings.ScoreCalculator;
import com.voiceqa.web.security.CurrentUser;
import com.voiceqa.web.security.VisibilityScope;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Reading calls within the caller's visibility. */
@Service
public class CallService {

    private static final TypeReference<List<Word>> WORDS = new TypeReference<>() {
    };

    private final CallRepository calls;
    private final HitRepository hits;
    private final JsonMapper json;

    public CallService(CallRepository calls, HitRepository hits, JsonMapper json) {
        this.calls = calls;
        this.hits = hits;
        this.json = json;
    }

    public Page<CallSummary> list(CallFilter filter, CurrentUser user) {
        return calls.list(filter, VisibilityScope.calls(user));
    }

    /** The call's summary, or 404 when it does not exist or the user may not see it. */
    public CallSummary summary(String id, CurrentUser user) {
        return calls.find(id, VisibilityScope.calls(user)).orElseThrow(() -> ApiException.notFound("call " + id));
    }

    public CallDetail detail(String id, CurrentUser user) {
        CallSummary summary = summary(id, user);
        CallRepository.StoredDocuments documents = calls.documents(id).orElseThrow();
        var segments = calls.segments(id, text -> json.readValue(text, WORDS));
        List<HitView> callHits = hits.forCall(id);
        return new CallDetail(summary, segments, tree(documents.metricsJson()), breakdown(summary, documents, callHits),
                callHits,
                summary.hasAudio() ? "/api/calls/" + id + "/audio" : null);
    }

    /** The recording of a visible call, or 404. */
    public Path audio(String id, CurrentUser user) {
        summary(id, user);
        String path = calls.documents(id).map(CallRepository.StoredDocuments::audioPath).orElse(null);
        if (path == null || !Files.isReadable(Path.of(path))) {
            throw ApiException.notFound("the recording of call " + id);
        }
        return Path.of(path);
    }

    /** The stored call as the rules see it (for dry runs and re-evaluation). */
    public CallRecord record(String id, CurrentUser user) {
        CallSummary summary = summary(id, user);
        if (!summary.status().equals("done")) {
            throw ApiException.conflict("call " + id + " is " + summary.status() + "; wait until it is processed");
        }
        return record(summary);
    }

    /**
     * A processed call as stored, for system jobs (the search index): what the rules read of it and its findings as
     * reviewed. Empty when the call does not exist or is not processed.
     */
    public Optional<StoredCall> stored(String id) {
        return calls.find(id, VisibilityScope.everything()).filter(s -> s.status().equals("done")).map(this::stored);
    }

    /** Every processed call as stored ({@link #stored(String)}), oldest first. */
    public void forEachStored(Consumer<StoredCall> action) {
        for (String id : calls.doneIds()) {
            stored(id).ifPresent(action);
        }
    }

    private StoredCall stored(CallSummary summary) {
        List<RuleHit> counting = hits.forCall(summary.id()).stream().filter(HitView::counts).map(HitView::asRuleHit)
                .toList();
        // the score and risk the reviews left (the per-dimension breakdown is the call page's, not kept here)
        CallEvaluation evaluation = new CallEvaluation(summary.id(), orZero(summary.score()),
                orZero(summary.maxScore()), summary.vetoed(), List.of(), counting,
                summary.churnRisk() == null ? ChurnRisk.NONE : ChurnRisk.parse(summary.churnRisk()));
        return new StoredCall(summary, record(summary), evaluation);
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }

    /** A processed call as stored: its row (rep, team, account), its record and its evaluation as reviewed. */
    public record StoredCall(CallSummary summary, CallRecord record, CallEvaluation evaluation) {
    }

    private CallRecord record(CallSummary summary) {
        String id = summary.id();
        String metrics = calls.documents(id).orElseThrow().metricsJson();
        List<Segment> segments = calls.segments(id, text -> json.readValue(text, WORDS)).stream()
                .map(s -> new Segment(s.speaker(), s.start(), s.end(), s.text(), s.words(), s.speakerConfidence()))
                .toList();
        CallMetadata metadata = new CallMetadata(name(summary.rep()), name(summary.team()), name(summary.account()),
                summary.device(), summary.startedAt(), summary.durationSeconds());
        return new CallRecord(id, metadata, segments, metrics == null ? null : json.readValue(metrics, CallMetrics.class));
    }

    private static String name(Ref ref) {
        return ref == null ? "" : ref.name();
    }

    /** The bars as the reviews left them, so they add up to the header's score (or name the veto that zeroed it). */
    private CallDetail.ScoreBreakdown breakdown(CallSummary summary, CallRepository.StoredDocuments documents,
                                                List<HitView> callHits) {
        if (documents.dimensionsJson() == null) {
            return null;
        }
        var reviewed = ScoreCalculator.rescore(json.readValue(documents.dimensionsJson(), ScoreCalculator.DIMENSIONS),
                callHits);
        return new CallDetail.ScoreBreakdown(summary.score(), documents.originalScore(), summary.maxScore(),
                summary.vetoed(), reviewed.vetoedBy(), reviewed.dimensions());
    }

    private JsonNode tree(String text) {
        return text == null ? null : json.readTree(text);
    }
}
