package com.voiceqa.web.calls;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.voiceqa.rules.DimensionScore;
import com.voiceqa.web.findings.HitView;
import tools.jackson.databind.JsonNode;

import java.util.List;

/** Everything the call page shows (docs/api.md, CallDetail): the summary's fields plus transcript, metrics, hits. */
public record CallDetail(@JsonUnwrapped CallSummary summary, List<SegmentView> segments, JsonNode metrics,
                         ScoreBreakdown scoreBreakdown, List<HitView> hits, String audioUrl) {

    /**
     * @param vetoedBy   the veto rule that made the score 0, or null
     * @param dimensions per dimension its score after reviews and its maximum
     */
    public record ScoreBreakdown(Double score, Double originalScore, Double maxScore, boolean vetoed, String vetoedBy,
                                 List<DimensionScore> dimensions) {
    }
}
