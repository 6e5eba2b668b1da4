package com.voiceqa.web.reindex;

import com.voiceqa.web.support.ApiClient;
import com.voiceqa.web.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search index follows a review: once a manager judges a finding wrong, search filters on the call's new score,
 * not the one it was indexed with, over HTTP against the real index.
 */
class ReviewReindexTest extends ServerTest {

    private static final Pattern WORDS = Pattern.compile("[\\u4e00-\\u9fff]{6,}");

    @Test
    void searchFiltersOnTheScoreAReviewLeft() {
        ApiClient manager = as("manager");
        JsonNode call = callWithAnUnreviewedDeduction(manager);
        String id = call.get("id").asString();
        double before = call.get("score").asDouble();
        String phrase = phraseOf(call);
        assertTrue(found(manager, id, phrase, before), "the call is found at its score before the review");

        JsonNode deduction = call.get("hits").valueStream().filter(ReviewReindexTest::unreviewedDeduction)
                .findFirst().orElseThrow();
        double after = manager.put("/api/calls/" + id + "/hits/" + deduction.get("id").asLong() + "/review",
                Map.of("verdict", "wrong", "comment", "误判")).json().get("score").asDouble();
        assertTrue(after > before, before + " -> " + after);

        assertFalse(found(manager, id, phrase, before), "the index no longer answers with the score before review");
        assertTrue(found(manager, id, phrase, after), "the index has the reviewed score");
        JsonNode moment = manager.get("/api/search?size=100&q=" + URLEncoder.encode("\"" + phrase + "\"",
                StandardCharsets.UTF_8)).json().get("items").valueStream()
                .filter(m -> m.get("callId").asString().equals(id)).findFirst().orElseThrow();
        assertEquals(after, moment.get("score").asDouble(), "and the result row shows it");
    }

    private static boolean found(ApiClient user, String callId, String phrase, double score) {
        JsonNode result = user.get("/api/search?size=100&q=" + URLEncoder.encode("\"" + phrase + "\"",
                StandardCharsets.UTF_8) + "&minScore=" + (score - 0.01) + "&maxScore=" + (score + 0.01)).json();
        return result.get("items").valueStream().anyMatch(m -> m.get("callId").asString().equals(callId));
    }

    private static JsonNode callWithAnUnreviewedDeduction(ApiClient manager) {
        // from the best score down: a deduction there is not absorbed by a dimension already at zero, and the review
        // tests, which start from the worst calls, keep theirs
        for (JsonNode summary : manager.get("/api/calls?size=200&sort=score,desc").json().get("items")) {
            JsonNode call = manager.get("/api/calls/" + summary.get("id").asString()).json();
            if (!call.get("vetoed").asBoolean() && call.get("hits").valueStream().anyMatch(
                    ReviewReindexTest::unreviewedDeduction) && phraseOf(call) != null) {
                return call;
            }
        }
        throw new AssertionError("no demo call with an unreviewed deduction");
    }

    private static boolean unreviewedDeduction(JsonNode hit) {
        return hit.get("points").asDouble() < 0 && !hit.get("veto").asBoolean() && hit.get("review").isNull()
                && hit.get("appeal").isNull();
    }

    /** Six characters the call says (Chinese only, so the phrase query is exact). */
    private static String phraseOf(JsonNode call) {
        for (JsonNode segment : call.get("segments")) {
            Matcher words = WORDS.matcher(segment.get("text").asString());
            if (words.find()) {
                return words.group().substring(0, 6);
            }
        }
        return null;
    }
}
