package com.voiceqa.rules.index;

import com.voiceqa.core.Segment;
import com.voiceqa.rules.CallEvaluation;
import com.voiceqa.rules.CallRecord;
import com.voiceqa.rules.RuleHit;
import com.voiceqa.rules.text.NormalizedText;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The index schema: one Lucene document per call. Utterance text goes into per-role fields
 * ({@code words.customer}, {@code bigram.customer}, {@code pinyin.customer}, …) with one value per utterance, so a
 * speaker filter is a choice of fields rather than a join. The call itself is stored as compact JSON for results
 * and snippets.
 */
final class IndexFields {

    static final String ID = "id";
    static final String WORDS = "words.";
    static final String BIGRAM = "bigram.";
    static final String PINYIN = "pinyin.";
    static final String REP = "rep";
    static final String TEAM = "team";
    static final String ACCOUNT = "account";
    static final String DEVICE = "device";
    static final String RISK = "risk";
    static final String RULE = "rule";
    static final String STARTED = "started";
    static final String SCORE = "score";
    static final String DURATION = "duration";
    static final String STORED = "call";
    static final List<String> ROLES = List.of("rep", "customer", "other");
    static final List<String> FACETS = List.of(REP, TEAM, ACCOUNT, RISK, RULE);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private IndexFields() {
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(RULE, true);
        return config;
    }

    /** The role's field suffix: known roles as is, anything else as {@code other}. */
    static String role(String speaker) {
        return ROLES.contains(speaker) ? speaker : "other";
    }

    static Document document(CallRecord call, CallEvaluation evaluation) {
        Document doc = new Document();
        doc.add(new StringField(ID, call.callId(), Field.Store.YES));
        for (Segment s : call.utterances()) {
            String text = NormalizedText.of(s.text()).text();
            String role = role(s.speaker());
            doc.add(new TextField(WORDS + role, text, Field.Store.NO));
            doc.add(new TextField(BIGRAM + role, text, Field.Store.NO));
            doc.add(new TextField(PINYIN + role, text, Field.Store.NO));
        }
        var m = call.metadata();
        keyword(doc, REP, m.rep());
        keyword(doc, TEAM, m.team());
        keyword(doc, ACCOUNT, m.account());
        keyword(doc, DEVICE, m.device());
        long started = m.startedAt().toEpochMilli();
        doc.add(new LongPoint(STARTED, started));
        doc.add(new NumericDocValuesField(STARTED, started));
        doc.add(new DoubleDocValuesField(DURATION, m.durationSeconds()));
        double score = evaluation == null ? Double.NaN : evaluation.score();
        if (evaluation != null) {
            doc.add(new DoublePoint(SCORE, score));
            doc.add(new DoubleDocValuesField(SCORE, score));
            keyword(doc, RISK, evaluation.churnRisk().label());
            for (String rule : rules(evaluation)) {
                keyword(doc, RULE, rule);
            }
        } else {
            doc.add(new DoubleDocValuesField(SCORE, -1));
        }
        doc.add(new StoredField(STORED, storedJson(call, evaluation)));
        return doc;
    }

    /** Rule ids and categories with findings: a filter may name either. */
    static Set<String> rules(CallEvaluation evaluation) {
        Set<String> out = new LinkedHashSet<>();
        for (RuleHit h : evaluation.hits()) {
            out.add(h.ruleId());
            out.add(h.category());
        }
        return out;
    }

    private static void keyword(Document doc, String field, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(field, value));
    }

    private static String storedJson(CallRecord call, CallEvaluation evaluation) {
        ObjectNode root = JSON.createObjectNode();
        var m = call.metadata();
        root.put("id", call.callId()).put("rep", m.rep()).put("team", m.team()).put("account", m.account())
                .put("startedAt", m.startedAt().toEpochMilli()).put("duration", m.durationSeconds());
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

    static StoredCall parseStored(String json) throws IOException {
        return StoredCall.parse(JSON.readTree(json));
    }
}
