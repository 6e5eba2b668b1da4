package com.voiceqa.web.search;

import com.voiceqa.web.accounts.AccountRepository;
import com.voiceqa.web.support.ApiClient;
import com.voiceqa.web.support.ServerTest;
import com.voiceqa.web.support.TestCalls;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15's search seam over HTTP on the demo server: a result row comes from the index (no database query per hit),
 * each role finds exactly the processed calls the calls list shows it, and what a row shows follows the database when
 * it changes afterwards (a rep renamed, an account handed over).
 */
class SearchFollowsTheDatabaseTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestCalls testCalls;
    @Autowired
    AccountRepository accounts;

    @Test
    void rowsComeFromTheIndexWithoutAStatementOverCallsPerHit() {
        ApiClient manager = as("manager");
        jdbc.sql("SET QUERY_STATISTICS_MAX_ENTRIES 10000").update();
        jdbc.sql("SET QUERY_STATISTICS TRUE").update(); // H2 counts each statement's executions from here on
        JsonNode result;
        try {
            result = manager.get("/api/search?size=20&q=" + encode("您好")).json();
            long overCalls = jdbc.sql("SELECT COALESCE(SUM(EXECUTION_COUNT), 0) FROM INFORMATION_SCHEMA.QUERY_STATISTICS "
                    + "WHERE LOWER(SQL_STATEMENT) LIKE '%from calls%'").query(Long.class).single();
            long all = jdbc.sql("SELECT COALESCE(SUM(EXECUTION_COUNT), 0) FROM INFORMATION_SCHEMA.QUERY_STATISTICS")
                    .query(Long.class).single();
            assertTrue(all > 0, "the counter sees the request's statements (the login's look-up of the user)");
            assertEquals(0, overCalls, "no statement read the calls table for the search's " + result.get("items").size()
                    + " moments");
        } finally {
            jdbc.sql("SET QUERY_STATISTICS FALSE").update();
        }
        Set<String> rows = result.get("items").valueStream().map(m -> m.get("callId").asString()).collect(Collectors.toSet());
        assertTrue(rows.size() >= 10, "moments of many calls: " + result);
        for (JsonNode moment : result.get("items")) {
            JsonNode call = manager.get("/api/calls/" + moment.get("callId").asString()).json();
            assertEquals(call.get("rep"), moment.get("rep"), "rep from the index as the database has it");
            assertEquals(call.get("account"), moment.get("account"));
            assertEquals(call.get("score").asDouble(), moment.get("score").asDouble());
            assertEquals(call.get("churnRisk").asString(), moment.get("churnRisk").asString());
            assertEquals(Instant.parse(call.get("startedAt").asString()).toEpochMilli(),
                    Instant.parse(moment.get("startedAt").asString()).toEpochMilli());
        }
    }

    @Test
    void eachRoleFindsTheProcessedCallsItsListShows() {
        for (String user : List.of("admin", "manager", "limin", "zhaolei")) {
            ApiClient client = as(user);
            long listed = client.get("/api/calls?size=1&status=done").json().get("total").asLong();
            JsonNode found = client.get("/api/search?size=1&q=*").json();
            assertEquals(listed, found.get("total").asLong(), user + ": search and the list answer from one rule");
            assertTrue(listed > 0, user + " sees calls");
        }
        assertTrue(as("admin").get("/api/search?size=1&q=*").json().get("total").asLong()
                >= as("manager").get("/api/search?size=1&q=*").json().get("total").asLong());
    }

    @Test
    void aRenamedRepAndAHandedOverAccountShowInSearchAtOnce() {
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        long team = as("admin").post("/api/teams", Map.of("name", "西区" + suffix)).json().get("id").asLong();
        long caller = user("caller" + suffix, team);
        long owner = user("owner" + suffix, team);
        long heir = user("heir" + suffix, team);
        String account = "交接测试客户-" + suffix;
        long accountId = accounts.ensure(account, owner);
        String call = testCalls.storeCalm(caller, accountId);

        assertEquals(List.of(call), found(as("owner" + suffix), account), "the account's owner finds its call");
        assertEquals(List.of(), found(as("heir" + suffix), account), "a colleague does not");

        assertEquals(200, as("admin").patch("/api/users/" + caller, Map.of("displayName", "新名字" + suffix)).status());
        JsonNode moment = as("caller" + suffix).get("/api/search?size=5&q=" + encode("仓库")).json().get("items").get(0);
        assertEquals("新名字" + suffix, moment.get("rep").get("name").asString(), "the row shows the rep's new name");

        ApiClient.Response reassigned = as("admin").post("/api/accounts/reassign",
                Map.of("accountIds", List.of(accountId), "ownerId", heir, "note", "交接"));
        assertTrue(reassigned.status() < 300, reassigned.toString());
        assertEquals(List.of(), found(as("owner" + suffix), account), "the old owner no longer finds it");
        assertEquals(List.of(call), found(as("heir" + suffix), account), "the new owner does");
        assertEquals(List.of(call), found(as("caller" + suffix), account), "its rep still does");
    }

    private long user(String username, long team) {
        ApiClient.Response created = as("admin").post("/api/users", Map.of("username", username, "role", "rep",
                "teamId", team, "password", PASSWORD));
        assertEquals(201, created.status(), created.toString());
        return created.json().get("user").get("id").asLong();
    }

    private static List<String> found(ApiClient client, String account) {
        ApiClient.Response response = client.get("/api/search?size=100&q=" + encode("仓库") + "&account=" + encode(account));
        assertEquals(200, response.status(), response.toString());
        return response.json().get("items").valueStream().map(m -> m.get("callId").asString()).distinct().toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
