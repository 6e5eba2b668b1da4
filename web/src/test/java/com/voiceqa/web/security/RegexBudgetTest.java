package com.voiceqa.web.security;

import com.voiceqa.web.support.ServerTest;
import com.voiceqa.web.support.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** M1: a manager's dry run of a catastrophically backtracking regex answers at once with advice, in Chinese. */
class RegexBudgetTest extends ServerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aBacktrackingRegexInADryRunIsRefusedQuickly() {
        long started = System.nanoTime();
        ApiClient.Response response = as("manager").post("/api/rules/dry-run",
                Map.of("callId", "call-0003", "pack", pack("^(.*?){11}\\d")));
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals(400, response.status(), response.toString());
        assertTrue(response.json().get("message").asString().contains("正则表达式"), response.toString());
        // Unbounded, this request held a core for 637 s; the budget answers in milliseconds (a loaded machine aside).
        assertTrue(seconds < 30, "answered after " + seconds + " s");

        ApiClient.Response sane = as("manager").post("/api/rules/dry-run", Map.of("callId", "call-0003", "pack", pack("您好")));
        assertEquals(200, sane.status(), sane.toString());
    }

    private static Object pack(String regex) {
        return JSON.readTree("""
                {"pack": "redos", "version": "1", "kind": "churn", "rules": [{"id": "r", "name": "r", "category": "over_promise",
                  "conditions": [{"id": "1", "type": "regex", "pattern": %s}]}]}""".formatted(JSON.writeValueAsString(regex)));
    }
}
