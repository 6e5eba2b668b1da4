package com.voiceqa.web.security;

import com.voiceqa.web.support.ApiClient;
import com.voiceqa.web.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * H1: the search scope is a filter around the parsed query. Inline {@code rep:} / {@code team:} filters, Lucene field
 * syntax and phrases can only narrow within it: totals, facets and phrase matches never reveal calls outside it.
 */
class SearchScopeTest extends ServerTest {

    private static final List<String> WIDENING = List.of("* rep:zhaolei", "rep:zhaolei", "* team:华东一组",
            "*:*", "rep:*", "id:call-0001 OR *:*");

    @Test
    void aRepCannotWidenTheirScopeWithTheSearchText() {
        long liminCalls = as("limin").get("/api/calls?size=1").json().get("total").asLong();
        for (String q : WIDENING) {
            JsonNode result = search(as("limin"), q);
            assertTrue(result.get("total").asLong() <= liminCalls, q + " -> " + result.get("total"));
            assertOnlyInFacets(result, "rep", "李敏", q);
            result.get("items").forEach(m -> assertEquals("李敏", m.get("rep").get("name").asString(), q));
        }
        assertEquals(0, search(as("limin"), "rep:zhaolei").get("total").asLong(), "inline rep: narrows to nothing");
        assertEquals(0, search(as("limin"), quoted(sentenceOf("zhaolei"))).get("total").asLong(),
                "a phrase from another rep's call is not an oracle");
        assertTrue(search(as("zhaolei"), quoted(sentenceOf("zhaolei"))).get("total").asLong() > 0,
                "the same phrase is found by its owner (the test phrase is real)");
    }

    @Test
    void aManagerOfAnotherTeamSeesNothingOfTheDemoTeam() {
        String team = "华南二组" + System.nanoTime() % 100_000;
        long teamId = as("admin").post("/api/teams", Map.of("name", team)).json().get("id").asLong();
        String manager = "south" + System.nanoTime() % 1_000_000;
        assertEquals(201, as("admin").post("/api/users", Map.of("username", manager, "role", "manager",
                "teamId", teamId, "password", PASSWORD)).status());
        ApiClient other = ApiClient.basic(port, manager, PASSWORD);
        for (String q : WIDENING) {
            JsonNode result = search(other, q);
            assertEquals(0, result.get("total").asLong(), q + " -> " + result);
            result.get("facets").forEach(values -> assertTrue(values.isEmpty(), q + " -> " + result.get("facets")));
        }
        assertEquals(0, search(other, quoted(sentenceOf("limin"))).get("total").asLong());
        assertEquals(0, other.get("/api/search?q=*&team=1").json().get("total").asLong(),
                "the team parameter narrows, never widens");
        JsonNode demoManager = search(as("manager"), "* team:" + team);
        assertEquals(0, demoManager.get("total").asLong(), "and the other way round: " + demoManager);
        assertEquals(40, search(as("manager"), "*").get("total").asLong(), "the demo manager still sees the team");
    }

    private static void assertOnlyInFacets(JsonNode result, String facet, String value, String q) {
        result.get("facets").get(facet).propertyNames().forEach(name -> assertEquals(value, name, q));
    }

    private JsonNode search(ApiClient client, String q) {
        ApiClient.Response response = client.get("/api/search?size=100&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertEquals(200, response.status(), q + " -> " + response);
        return response.json();
    }

    /**
     * A sentence said in one of this rep's transcribed calls. Other tests share the server and may have given the rep
     * newer calls without a transcript (a badge call still recording, a failed upload), so look through them all.
     */
    private String sentenceOf(String rep) {
        for (JsonNode call : as(rep).get("/api/calls?size=100").json().get("items")) {
            for (JsonNode segment : as(rep).get("/api/calls/" + call.get("id").asString()).json().path("segments")) {
                String text = segment.get("text").asString();
                if (text.length() >= 8) {
                    return text.substring(0, 8);
                }
            }
        }
        throw new AssertionError("no sentence of 8 characters in any call of " + rep);
    }

    private static String quoted(String phrase) {
        return "\"" + phrase.replace("\"", "") + "\"";
    }
}
