package com.voiceqa.rules.index;

import com.voiceqa.rules.index.CallParties.Party;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The call as stored in the index, read back for a result page. */
record StoredCall(String id, Party rep, Party team, Party account, Instant startedAt, double duration,
                  double score, String risk, List<String> rules, List<StoredUtterance> utterances) {

    record StoredUtterance(String speaker, double start, double end, String text) {
    }

    static StoredCall parse(JsonNode n) {
        List<String> rules = new ArrayList<>();
        n.path("rules").forEach(r -> rules.add(r.asString()));
        List<StoredUtterance> utterances = new ArrayList<>();
        n.path("u").forEach(u -> utterances.add(new StoredUtterance(u.path("s").asString(), u.path("a").asDouble(),
                u.path("b").asDouble(), u.path("t").asString())));
        return new StoredCall(n.path("id").asString(), party(n.path("rep")), party(n.path("team")),
                party(n.path("account")), Instant.ofEpochMilli(n.path("startedAt").asLong()),
                n.path("duration").asDouble(), n.has("score") ? n.path("score").asDouble() : Double.NaN,
                n.path("risk").asString(""), rules, utterances);
    }

    private static Party party(JsonNode n) {
        return n.isObject() ? new Party(n.path("id").asLong(), n.path("name").asString()) : null;
    }
}
