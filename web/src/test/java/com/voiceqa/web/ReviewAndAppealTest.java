package com.voiceqa.web;

import com.voiceqa.web.support.ApiClient;
import com.voiceqa.web.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review and appeal workflow over HTTP: who may do which step, and the score following the decisions. */
class ReviewAndAppealTest extends ServerTest {

    @Test
    void aHitJudgedWrongGivesItsPointsBackAndAnAcceptedAppealDoesTheSame() {
        JsonNode call = callWithDeductions(2);
        String id = call.get("id").asString();
        double before = call.get("score").asDouble();
        var deductions = call.get("hits").valueStream().filter(h -> h.get("points").asDouble() < 0 && !h.get("veto").asBoolean())
                .toList();
        JsonNode first = deductions.get(0);
        JsonNode second = deductions.get(1);

        ApiClient manager = as("manager");
        JsonNode reviewed = manager.put(path(id, first, "review"), Map.of("verdict", "wrong", "comment", "误判")).json();
        assertEquals("wrong", reviewed.get("hit").get("review").get("verdict").asString());
        double afterReview = reviewed.get("score").asDouble();
        assertTrue(afterReview > before, "a wrong finding gives its points back: " + before + " -> " + afterReview);
        assertEquals(afterReview, manager.get("/api/calls/" + id).json().get("score").asDouble());

        String owner = call.get("rep").get("name").asString().equals("李敏") ? "limin" : "zhaolei";
        String other = owner.equals("limin") ? "zhaolei" : "limin";
        assertEquals(404, as(other).post(path(id, second, "appeal"), Map.of("comment", "不是我的通话")).status(),
                "another rep cannot even see the call");
        assertEquals(400, as(owner).post(path(id, second, "appeal"), Map.of("comment", "")).status());
        ApiClient.Response appealed = as(owner).post(path(id, second, "appeal"), Map.of("comment", "客户说的是去年的事"));
        assertEquals(200, appealed.status(), appealed.toString());
        assertEquals("open", appealed.json().get("hit").get("appeal").get("status").asString());
        assertEquals(409, as(owner).post(path(id, second, "appeal"), Map.of("comment", "again")).status());
        assertEquals(403, as(owner).post(path(id, second, "decision"), Map.of("accept", true)).status(),
                "a rep cannot decide their own appeal");
        assertTrue(manager.get("/api/reviews?state=appealed").json().get("items").valueStream()
                .anyMatch(item -> item.get("call").get("id").asString().equals(id)));

        JsonNode decided = manager.post(path(id, second, "decision"), Map.of("accept", true, "comment", "同意")).json();
        assertEquals("accepted", decided.get("hit").get("appeal").get("status").asString());
        assertTrue(decided.get("score").asDouble() > afterReview, "the accepted appeal gives the points back too");
        assertEquals(409, manager.post(path(id, second, "decision"), Map.of("accept", false)).status());
    }

    @Test
    void repsCannotReview() {
        JsonNode call = callWithDeductions(1);
        String owner = call.get("rep").get("name").asString().equals("李敏") ? "limin" : "zhaolei";
        JsonNode hit = call.get("hits").get(0);
        assertEquals(403, as(owner).put(path(call.get("id").asString(), hit, "review"),
                Map.of("verdict", "wrong")).status());
        assertEquals(400, as("manager").put(path(call.get("id").asString(), hit, "review"),
                Map.of("verdict", "maybe")).status());
    }

    private JsonNode callWithDeductions(int needed) {
        for (JsonNode summary : as("manager").get("/api/calls?size=200&sort=score,asc").json().get("items")) {
            JsonNode call = as("manager").get("/api/calls/" + summary.get("id").asString()).json();
            long deductions = call.get("hits").valueStream().filter(h -> h.get("points").asDouble() < 0
                    && !h.get("veto").asBoolean() && h.get("review").isNull() && h.get("appeal").isNull()).count();
            if (deductions >= needed && !call.get("vetoed").asBoolean()) {
                return call;
            }
        }
        throw new AssertionError("no demo call with " + needed + " unreviewed deductions");
    }

    private static String path(String callId, JsonNode hit, String step) {
        assertNotNull(hit);
        return "/api/calls/" + callId + "/hits/" + hit.get("id").asLong() + "/" + step;
    }
}
