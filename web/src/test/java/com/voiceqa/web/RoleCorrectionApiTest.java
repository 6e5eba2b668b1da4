package com.voiceqa.web;

import com.voiceqa.web.support.ApiClient;
import com.voiceqa.web.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reviewer corrects who said what over real HTTP: the call is re-scored, its metrics follow the roles and the
 * search index finds the words under the new speaker. Each test puts the call back as it found it (the server and
 * its data are shared by the test classes).
 */
class RoleCorrectionApiTest extends ServerTest {

    private static final String CALL = "call-0001";
    private static final String ROLES = "/api/calls/" + CALL + "/roles";

    @Test
    void swappingTheWholeCallRescoresItAndMovesMetricsAndSearch() {
        ApiClient manager = as("manager");
        JsonNode before = manager.get("/api/calls/" + CALL).json();
        assertEquals("rep", before.get("segments").get(0).get("speaker").asString());
        assertEquals(1.0, before.get("segments").get(0).get("speakerConfidence").asDouble(), "stereo roles are certain");

        ApiClient.Response swapped = manager.post(ROLES, Map.of("swap", true));
        assertEquals(200, swapped.status(), swapped.toString());
        JsonNode after = swapped.json();
        for (int i = 0; i < before.get("segments").size(); i++) {
            String was = before.get("segments").get(i).get("speaker").asString();
            assertEquals(was.equals("rep") ? "customer" : "rep", after.get("segments").get(i).get("speaker").asString());
        }
        assertEquals(talkRatio(before, "customer"), talkRatio(after, "rep"), 1e-9, "metrics follow the people");
        assertTrue(missingFindings(after) > missingFindings(before),
                "the new 'rep' (the real customer) neither greets nor introduces themself: " + after.get("hits"));
        assertTrue(searchHits(manager, "云帆软件的客户经理李敏", "customer") > 0, "the index follows the new roles");

        JsonNode restored = manager.post(ROLES, Map.of("swap", true)).json();
        assertEquals(before.get("score").asDouble(), restored.get("score").asDouble(), 1e-9, "swapping back restores");
        assertEquals("rep", restored.get("segments").get(0).get("speaker").asString());
    }

    @Test
    void oneSegmentCanBeFixed() {
        ApiClient manager = as("manager");
        JsonNode fixed = manager.post(ROLES, Map.of("segments", Map.of("1", "rep"))).json();
        assertEquals("rep", fixed.get("segments").get(1).get("speaker").asString());
        assertEquals("rep", fixed.get("segments").get(0).get("speaker").asString(), "other segments untouched");
        JsonNode restored = manager.post(ROLES, Map.of("segments", Map.of("1", "customer"))).json();
        assertEquals("customer", restored.get("segments").get(1).get("speaker").asString());
    }

    @Test
    void repsCannotCorrectAndBadCorrectionsAreExplained() {
        assertEquals(403, as("limin").post(ROLES, Map.of("swap", true)).status());
        ApiClient.Response badRole = as("manager").post(ROLES, Map.of("segments", Map.of("1", "boss")));
        assertEquals(400, badRole.status());
        assertTrue(badRole.text().contains("rep or customer"), badRole.text());
        ApiClient.Response badIndex = as("manager").post(ROLES, Map.of("segments", Map.of("999", "rep")));
        assertEquals(400, badIndex.status());
        assertTrue(badIndex.text().contains("does not exist"), badIndex.text());
        assertEquals(404, as("manager").post("/api/calls/call-9999/roles", Map.of("swap", true)).status());
    }

    private static double talkRatio(JsonNode call, String role) {
        for (JsonNode channel : call.get("metrics").get("channels")) {
            if (channel.get("role").asString().equals(role)) {
                return channel.get("talkRatio").asDouble();
            }
        }
        throw new AssertionError("no " + role + " channel in " + call.get("metrics"));
    }

    private static long missingFindings(JsonNode call) {
        long missing = 0;
        for (JsonNode hit : call.get("hits")) {
            missing += hit.get("missing").asBoolean() ? 1 : 0;
        }
        return missing;
    }

    private static int searchHits(ApiClient user, String text, String speaker) {
        return user.get("/api/search?q=" + URLEncoder.encode("\"" + text + "\"", StandardCharsets.UTF_8)
                + "&speaker=" + speaker).json().get("total").asInt();
    }
}
