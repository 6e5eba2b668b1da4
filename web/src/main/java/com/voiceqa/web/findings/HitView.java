package com.voiceqa.web.findings;

import com.voiceqa.rules.RuleHit;
import com.voiceqa.rules.Severity;
import com.voiceqa.rules.pack.PackKind;
import com.voiceqa.web.api.Ref;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A stored rule finding with its review and latest appeal (docs/api.md, Hit). */
public record HitView(long id, String ruleId, String ruleName, String packId, String kind, String category, String dimension,
                      String severity, double points, boolean veto, boolean missing, JsonNode evidence,
                      Review review, Appeal appeal) {

    /** The finding as the rules reported it, without its evidence (what risk, scores and the index read of it). */
    public RuleHit asRuleHit() {
        return new RuleHit(ruleId, ruleName, packId, PackKind.valueOf(kind.toUpperCase(Locale.ROOT)), category,
                dimension, Severity.parse(severity), points, veto, missing, List.of());
    }

    /** Whether the finding still counts towards the score (not judged wrong). */
    public boolean counts() {
        return review == null || !"wrong".equals(review.verdict());
    }

    public record Review(String verdict, Ref reviewer, String comment, Instant at) {
    }

    public record Appeal(long id, String status, String comment, Ref by, Instant at, Decision decision) {
    }

    public record Decision(Ref by, String comment, Instant at) {
    }
}
