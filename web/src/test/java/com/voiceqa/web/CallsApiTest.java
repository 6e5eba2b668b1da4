package com.voiceqa.web;

import com.voiceqa.web.support.ApiClient;
import com.voiceqa.web.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo's calls through the REST API over real HTTP, with the embedded file database. */
class CallsApiTest extends ServerTest {

    @Test
    void managerSeesTheTeamsScoredCallsWithFiltersAndPaging() {
        JsonNode page = as("manager").get("/api/calls?size=50").json();
        assertEquals(40, page.get("total").asInt(), page.toString());
        JsonNode first = page.get("items").get(0);
        assertEquals("done", first.get("status").asString());
        assertTrue(first.get("score").isNumber(), first.toString());

        JsonNode high = as("manager").get("/api/calls?risk=high&sort=score,asc&size=200").json();
        assertTrue(high.get("total").asInt() > 0, "the churn rules find high-risk calls among the samples");
        double previous = -1;
        for (JsonNode call : high.get("items")) {
            assertEquals("high", call.get("churnRisk").asString());
            assertTrue(call.get("score").asDouble() >= previous, "sorted by score ascending");
            previous = call.get("score").asDouble();
        }
        JsonNode second = as("manager").get("/api/calls?size=5&page=1").json();
        assertEquals(5, second.get("items").size());
        assertEquals(1, second.get("page").asInt());
    }

    @Test
    void callDetailHasTranscriptMetricsHitsWithEvidenceAndBreakdown() {
        JsonNode call = as("manager").get("/api/calls/call-0003").json();
        assertEquals("call-0003", call.get("id").asString());
        assertTrue(call.get("segments").size() > 5);
        assertEquals("rep", call.get("segments").get(0).get("speaker").asString());
        assertTrue(call.get("metrics").get("overlaps").size() > 0, "call-0003 has a labeled interruption");
        assertFalse(call.get("scoreBreakdown").get("dimensions").isEmpty());
        JsonNode churn = null;
        for (JsonNode hit : call.get("hits")) {
            if (hit.get("kind").asString().equals("churn") && !hit.get("evidence").isEmpty()) {
                churn = hit;
            }
        }
        assertNotNull(churn, "call-0003 is a labeled high-risk call: a churn signal with evidence is expected");
        JsonNode evidence = churn.get("evidence").get(0);
        String segmentText = call.get("segments").get(evidence.get("utterance").asInt()).get("text").asString();
        assertTrue(segmentText.contains(evidence.get("text").asString()), "evidence points into its utterance");
        assertEquals("/api/calls/call-0003/audio", call.get("audioUrl").asString());
    }

    @Test
    void audioIsServedWithRangeSupportSoThePlayerCanSeek() {
        ApiClient manager = as("manager");
        ApiClient.Response whole = manager.get("/api/calls/call-0003/audio");
        assertEquals(200, whole.status());
        assertEquals("bytes", whole.header("Accept-Ranges"));
        ApiClient.Response part = manager.get("/api/calls/call-0003/audio", "Range", "bytes=1000-1999");
        assertEquals(206, part.status());
        assertEquals(1000, part.body().length);
        assertEquals("bytes 1000-1999/" + whole.body().length, part.header("Content-Range"));
        assertEquals(416, manager.get("/api/calls/call-0003/audio", "Range", "bytes=999999999-").status());
        assertEquals(404, manager.get("/api/calls/call-0005/audio").status(), "call-0005 was not rendered to audio");
    }

    @Test
    void invalidQueryParametersAreExplained() {
        ApiClient.Response response = as("manager").get("/api/calls?size=100000&risk=extreme");
        assertEquals(400, response.status());
        JsonNode error = response.json();
        assertEquals(400, error.get("status").asInt());
        assertTrue(error.get("fieldErrors").size() >= 2, error.toString());
        assertEquals(400, as("manager").get("/api/calls?from=yesterday").status());
    }
}
