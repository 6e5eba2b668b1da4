package com.voiceqa.rules.index;

import com.voiceqa.core.Segment;
import com.voiceqa.rules.CallEvaluation;
import com.voiceqa.rules.CallRecord;
import com.voiceqa.rules.RuleHit;
import com.voiceqa.rules.text.NormalizedText;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What every index engine stores for one call, whatever its document format: the normalized utterance texts by role,
 * the filter and facet values, and the call as compact JSON for result pages and snippets. Built in one place so the
 * Lucene and OpenSearch indexes hold the same values.
 *
 * @param id          the call id (one document per id)
 * @param utterances  the call's utterances in order, text normalized ({@link NormalizedText}), role folded
 *                    ({@link IndexFields#role})
 * @param parties     the call's rep, team and account by id and name; {@code rep()}, {@code repId()} etc. read them
 * @param device      device, or {@code null}/empty
 * @param startedMillis start of the call, epoch milliseconds
 * @param durationSeconds length of the call
 * @param score       quality score, NaN when the call was indexed without an evaluation
 * @param risk        churn risk label, {@code null} without an evaluation
 * @param rules       rule ids and categories with findings (a filter may name either)
 * @param storedJson  the call as read back by {@link SearchPlan#hit}
 */
public record CallDocument(String id, List<RoleText> utterances, CallParties parties, String device, long startedMillis, double durationSeconds, double score, String risk,
                           Set<String> rules, String storedJson) {

    /** One utterance's text under the role field it is indexed in ({@code rep}, {@code customer}, {@code other}). */
    public record RoleText(String role, String text) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public CallDocument {
        utterances = List.copyOf(utterances);
        rules = Set.copyOf(rules);
        Objects.requireNonNull(parties, "parties");
    }

    /**
     * The document of {@code call}, whose rep, team and account are {@code parties} (the call's metadata names are
     * the rules' business, not the index's); {@code evaluation} may be null for a call not yet evaluated.
     */
    public static CallDocument of(CallRecord call, CallParties parties, CallEvaluation evaluation) {
        Objects.requireNonNull(parties, "parties (CallParties.NONE when none is known)");
        var m = call.metadata();
        List<RoleText> texts = call.utterances().stream()
                .map(s -> new RoleText(IndexFields.role(s.speaker()), NormalizedText.of(s.text()).text())).toList();
        return new CallDocument(call.callId(), texts, parties, m.device(),
                m.startedAt().toEpochMilli(), m.durationSeconds(),
                evaluation == null ? Double.NaN : evaluation.score(),
                evaluation == null ? null : evaluation.churnRisk().label(),
                evaluation == null ? Set.of() : rules(evaluation), storedJson(call, parties, evaluation));
    }

    public String rep() {
        return CallParties.name(parties.rep());
    }

    public String team() {
        return CallParties.name(parties.team());
    }

    public String account() {
        return CallParties.name(parties.account());
    }

    public String repId() {
        return CallParties.id(parties.rep());
    }

    public String teamId() {
        return CallParties.id(parties.team());
    }

    public String accountId() {
        return CallParties.id(parties.account());
    }

    public boolean evaluated() {
        return risk != null;
    }

    private static Set<String> rules(CallEvaluation evaluation) {
        Set<String> out = new LinkedHashSet<>();
        for (RuleHit h : evaluation.hits()) {
            out.add(h.ruleId());
            out.add(h.category());
        }
        return out;
    }

    private static String storedJson(CallRecord call, CallParties parties, CallEvaluation evaluation) {
        ObjectNode root = JSON.createObjectNode();
        var m = call.metadata();
        root.put("id", call.callId());
        party(root, "rep", parties.rep());
        party(root, "team", parties.team());
        party(root, "account", parties.account());
        root.put("startedAt", m.startedAt().toEpochMilli()).put("duration", m.durationSeconds());
        if (evaluation != null) {
            root.put("score", evaluation.score()).put("risk", evaluation.churnRisk().label());
            ArrayNode rules = root.putArray("rules");
            evaluation.hits().stream().map(RuleHit::ruleId).distinct().forEach(rules::add);
        }
        ArrayNode utterances = root.putArray("u");
        for (Segment s : call.utterances()) {
            utterances.addObject().put("s", s.speaker()).put("a", s.start()).put("b", s.end())
                    .put("t", NormalizedText.of(s.text()).text());
        }
        return JSON.writeValueAsString(root);
    }

    private static void party(ObjectNode root, String field, CallParties.Party party) {
        if (party != null) {
            root.putObject(field).put("id", party.id()).put("name", party.name());
        }
    }
}
