package com.voiceqa.index.opensearch;

import com.voiceqa.rules.index.CallDocument;
import com.voiceqa.rules.index.IndexFields;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A call's {@link CallDocument} as the JSON document of {@link IndexMapping}; one utterance per array value. */
final class DocumentJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DocumentJson() {
    }

    static String of(CallDocument call) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put(IndexFields.ID, call.id());
        ObjectNode words = doc.putObject(IndexMapping.objectName(IndexFields.WORDS));
        ObjectNode bigrams = doc.putObject(IndexMapping.objectName(IndexFields.BIGRAM));
        ObjectNode pinyin = doc.putObject(IndexMapping.objectName(IndexFields.PINYIN));
        for (CallDocument.RoleText u : call.utterances()) {
            values(words, u.role()).add(u.text());
            values(bigrams, u.role()).add(u.text());
            values(pinyin, u.role()).add(PinyinText.of(u.text()));
        }
        keyword(doc, IndexFields.REP, call.rep());
        keyword(doc, IndexFields.TEAM, call.team());
        keyword(doc, IndexFields.ACCOUNT, call.account());
        keyword(doc, IndexFields.REP_ID, call.repId());
        keyword(doc, IndexFields.TEAM_ID, call.teamId());
        keyword(doc, IndexFields.ACCOUNT_ID, call.accountId());
        keyword(doc, IndexFields.DEVICE, call.device());
        doc.put(IndexFields.STARTED, call.startedMillis());
        doc.put(IndexFields.DURATION, call.durationSeconds());
        if (call.evaluated()) {
            doc.put(IndexFields.SCORE, call.score());
            keyword(doc, IndexFields.RISK, call.risk());
            ArrayNode rules = doc.putArray(IndexFields.RULE);
            call.rules().forEach(rules::add);
        }
        doc.put(IndexFields.STORED, call.storedJson());
        return JSON.writeValueAsString(doc);
    }

    private static ArrayNode values(ObjectNode field, String role) {
        return field.has(role) ? (ArrayNode) field.get(role) : field.putArray(role);
    }

    private static void keyword(ObjectNode doc, String field, String value) {
        if (value != null && !value.isEmpty()) {
            doc.put(field, value);
        }
    }
}
