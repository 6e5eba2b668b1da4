package com.voiceqa.web.calls;

import com.voiceqa.asr.Word;
import com.voiceqa.web.api.ApiException;
import com.voiceqa.web.api.Page;
import com.voiceqa.web.review.HitRepository;
import com.voiceqa.web.security.CurrentUser;
import com.voiceqa.web.security.VisibilityScope;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        var breakdown = new CallDetail.ScoreBreakdown(summary.score(), documents.originalScore(), summary.maxScore(),
                summary.vetoed(), tree(documents.dimensionsJson()));
        return new CallDetail(summary, segments, tree(documents.metricsJson()), breakdown, hits.forCall(id),
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

    private JsonNode tree(String text) {
        return text == null ? null : json.readTree(text);
    }
}
