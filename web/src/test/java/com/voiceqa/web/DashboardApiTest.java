package com.voiceqa.web;

import com.voiceqa.web.support.ApiClient;
import com.voiceqa.web.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The endpoints behind the dashboard pages: overview, reps, accounts, search, rules, devices, OpenAPI. */
class DashboardApiTest extends ServerTest {

    @Test
    void overviewAndLeaderboardSummariseTheVisibleCalls() {
        JsonNode overview = as("manager").get("/api/stats/overview?days=30").json();
        assertEquals(40, overview.get("callsInPeriod").asInt());
        long risks = overview.get("riskDistribution").valueStream().mapToLong(JsonNode::asLong).sum();
        assertEquals(40, risks);
        assertFalse(overview.get("topFailedRules").isEmpty());
        assertFalse(overview.get("churnAlerts").isEmpty());
        assertTrue(overview.get("daily").size() > 3);

        JsonNode board = as("manager").get("/api/stats/reps").json();
        assertEquals(2, board.size());
        assertTrue(board.get(0).get("averageScore").asDouble() >= board.get(1).get("averageScore").asDouble());
        assertEquals(1, as("limin").get("/api/stats/reps").json().size(), "a rep sees only their own line");
        assertEquals(400, as("manager").get("/api/stats/overview?days=0").status());
    }

    @Test
    void accountsAreRankedByRiskWithTrendAndEvidence() {
        JsonNode accounts = as("manager").get("/api/accounts?sort=risk").json();
        JsonNode top = accounts.get("items").get(0);
        assertEquals("high", top.get("currentRisk").asString());
        assertTrue(top.get("trend").size() >= 2, "demo accounts have several calls: " + top);
        JsonNode detail = as("manager").get("/api/accounts/" + top.get("id").asLong()).json();
        assertFalse(detail.get("evidence").isEmpty());
        long limin = accounts.get("items").valueStream().filter(a -> a.get("owner").get("name").asString().equals("李敏"))
                .count();
        assertEquals(limin, as("limin").get("/api/accounts?size=200").json().get("total").asLong(),
                "a rep sees exactly the accounts they own");
    }

    @Test
    void searchFindsMomentsWithHighlightsAndTimestampsWithinScope() {
        JsonNode result = as("manager").get("/api/search?q=%E7%BB%AD%E7%BA%A6").json(); // 续约
        assertTrue(result.get("total").asInt() > 0, result.toString());
        JsonNode moment = result.get("items").get(0);
        assertTrue(moment.get("highlight").asString().contains("<em>"), moment.toString());
        assertTrue(moment.get("end").asDouble() > moment.get("start").asDouble());
        JsonNode mine = as("limin").get("/api/search?q=%E7%BB%AD%E7%BA%A6&size=100").json();
        mine.get("items").forEach(m -> assertEquals("李敏", m.get("rep").get("name").asString()));
        assertTrue(mine.get("total").asInt() < result.get("total").asInt() || result.get("total").asInt() == 0);
        assertEquals(400, as("manager").get("/api/search").status(), "q is required");
    }

    @Test
    void rulesAreListedValidatedAndDryRunOnAStoredCall() {
        JsonNode packs = as("manager").get("/api/rules").json();
        assertEquals(2, packs.size());
        JsonNode invalid = as("manager").post("/api/rules/validate", Map.of("pack", Map.of("pack", "x"))).json();
        assertFalse(invalid.get("valid").asBoolean());
        assertFalse(invalid.get("errors").isEmpty());
        JsonNode dryRun = as("manager").post("/api/rules/dry-run", Map.of("callId", "call-0003")).json();
        assertEquals("call-0003", dryRun.get("callId").asString());
        assertTrue(dryRun.get("explanations").size() > 10);
        String packId = packs.get(0).get("packId").asString();
        JsonNode document = as("manager").get("/api/rules/" + packId).json().get("pack");
        assertEquals(403, as("manager").put("/api/rules/" + packId, Map.of("pack", document)).status());
        ApiClient.Response saved = as("admin").put("/api/rules/" + packId, Map.of("pack", document, "comment", "same rules"));
        assertEquals(200, saved.status(), saved.toString());
        int version = saved.json().get("version").asInt();
        assertTrue(version >= 2);
        assertEquals(version, as("manager").get("/api/rules/" + packId + "/versions").json().get(0).get("version").asInt());
        assertFalse(as("manager").get("/api/scoring").json().get(0).get("rules").isEmpty());
    }

    @Test
    void deviceSecretsAreShownOnlyAtCreationAndRotation() {
        String deviceId = "badge-" + System.nanoTime() % 100_000;
        ApiClient.Response created = as("admin").post("/api/devices", Map.of("deviceId", deviceId, "name", "工牌"));
        assertEquals(201, created.status(), created.toString());
        String secret = created.json().get("secret").asString();
        assertTrue(secret.length() >= 40);
        String list = as("admin").get("/api/devices").text();
        assertTrue(list.contains(deviceId) && !list.contains(secret), "the list never shows secrets");
        long id = created.json().get("device").get("id").asLong();
        String rotated = as("admin").post("/api/devices/" + id + "/rotate-secret", Map.of()).json().get("secret").asString();
        assertNotNull(rotated);
        assertFalse(rotated.equals(secret));
        assertEquals(403, as("manager").post("/api/devices", Map.of("deviceId", "x1")).status());
        assertEquals(403, as("limin").get("/api/devices").status());
        assertEquals(409, as("admin").post("/api/devices", Map.of("deviceId", deviceId)).status());
    }

    @Test
    void openApiDocumentDescribesTheApiToLoggedInUsersOnly() {
        assertEquals(401, ApiClient.anonymous(port).get("/v3/api-docs").status());
        assertEquals(401, ApiClient.anonymous(port).get("/swagger-ui.html").status());
        ApiClient.Response docs = as("limin").get("/v3/api-docs");
        assertEquals(200, docs.status(), docs.toString());
        assertTrue(docs.json().get("paths").has("/api/calls"));
    }
}
