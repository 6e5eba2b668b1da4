package com.voiceqa.web;

import com.voiceqa.web.support.ApiClient;
import com.voiceqa.web.support.TestCalls;
import com.voiceqa.web.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Account issues over real HTTP: churn findings become issues that persist until resolved, a later calm call stored
 * through the real pipeline does not erase them, and a review that dismisses findings re-computes the call's risk.
 */
class AccountIssuesApiTest extends ServerTest {

    private static final List<String> RISKS = List.of("none", "low", "medium", "high");

    @Autowired
    private TestCalls calls;

    @Test
    void churnFindingsOfTheDemoCallsBecomeIssuesWithAFollowUp() {
        JsonNode issues = as("manager").get("/api/issues").json();
        assertThat(issues.size()).as("the demo calls raise account issues").isPositive();
        for (JsonNode issue : issues) {
            assertThat(issue.get("state").asString()).isEqualTo("open");
            assertThat(issue.get("mentions").asLong()).isPositive();
            LocalDate raised = LocalDate.ofInstant(Instant.parse(issue.get("raisedAt").asString()), ZoneId.systemDefault());
            assertThat(issue.get("followUp").get("dueDate").asString()).isEqualTo(raised.plusDays(7).toString());
            assertThat(issue.get("followUp").get("owner").isObject()).as("the account owner follows it up").isTrue();
        }
        JsonNode mine = as("limin").get("/api/issues").json();
        assertThat(mine.size()).isLessThan(issues.size());
        for (JsonNode issue : mine) {
            assertThat(issue.get("followUp").get("owner").get("name").asString()).isEqualTo("李敏");
        }
    }

    @Test
    void anOpenIssueOutlivesACalmCallUntilItIsResolved() {
        long account = calls.newAccount();
        calls.storeAngry(account);
        JsonNode before = as("admin").get("/api/accounts/" + account).json();
        JsonNode issue = as("admin").get("/api/accounts/" + account + "/issues").json().valueStream()
                .filter(i -> i.get("peakRisk").asString().equals("high")).findFirst()
                .orElseThrow(() -> new AssertionError("the angry call raised no high-risk issue"));
        assertThat(before.get("currentRisk").asString()).isEqualTo("high");

        String calm = calls.storeCalm(account);
        JsonNode after = as("admin").get("/api/accounts/" + account).json();
        assertThat(after.get("lastCallAt").asString()).isEqualTo(as("admin").get("/api/calls/" + calm).json().get("startedAt").asString());
        assertThat(after.get("latestCallRisk").asString()).as("the calm call itself").isEqualTo("none");
        assertThat(after.get("currentRisk").asString()).as("the account keeps the risk of its open issue").isEqualTo("high");
        assertThat(after.get("risk").get("openIssues").asLong()).isEqualTo(before.get("risk").get("openIssues").asLong());
        assertThat(ids(as("admin").get("/api/accounts/" + account + "/issues").json())).contains(issue.get("id").asLong());

        String path = "/api/accounts/" + account + "/issues/" + issue.get("id").asLong();
        ApiClient.Response working = as("admin").put(path, Map.of("state", "in_progress", "note", "已约客户面谈"));
        assertThat(working.status()).as(working.toString()).isEqualTo(200);
        assertThat(working.json().get("state").asString()).isEqualTo("in_progress");
        String admin = as("admin").get("/api/me").json().get("displayName").asString();
        assertThat(working.json().get("changedBy").get("name").asString()).isEqualTo(admin);
        ApiClient.Response resolved = as("admin").put(path, Map.of("state", "resolved"));
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.json().get("resolvedBy").get("name").asString()).isEqualTo(admin);
        assertThat(resolved.json().get("resolvedAt").isString()).isTrue();
        assertThat(resolved.json().get("note").asString()).isEqualTo("已约客户面谈");

        assertThat(ids(as("admin").get("/api/accounts/" + account + "/issues").json())).doesNotContain(issue.get("id").asLong());
        assertThat(ids(as("admin").get("/api/accounts/" + account + "/issues?all=true").json())).contains(issue.get("id").asLong());
        assertThat(as("admin").put(path, Map.of("state", "open")).status()).as("resolved stays resolved").isEqualTo(409);
        assertThat(as("manager").put(path, Map.of("state", "in_progress")).status())
                .as("an account outside the manager's team").isEqualTo(404);
        assertThat(as("admin").get("/api/accounts/" + account).json().get("risk").get("openIssues").asLong())
                .isEqualTo(before.get("risk").get("openIssues").asLong() - 1);
    }

    @Test
    void aRepWorksOnlyTheIssuesOfTheirOwnAccounts() {
        JsonNode others = as("manager").get("/api/issues").json().valueStream()
                .filter(i -> i.get("followUp").get("owner").get("name").asString().equals("赵磊")).findFirst().orElseThrow();
        String path = "/api/accounts/" + others.get("account").get("id").asLong() + "/issues/" + others.get("id").asLong();
        assertThat(as("limin").put(path, Map.of("state", "in_progress")).status()).isEqualTo(404);
        assertThat(as("limin").get("/api/accounts/" + others.get("account").get("id").asLong() + "/issues").json()).isEmpty();
        assertThat(as("manager").put(path, Map.of("state", "closed")).text()).contains("state must be");
        assertThat(as("manager").put(path, Map.of("dueDate", "next week")).status()).isEqualTo(400);
        assertThat(as("manager").put(path, Map.of("followUpOwnerId", 999999)).status()).isEqualTo(400);
    }

    @Test
    void dismissingEveryChurnFindingOfACallClearsItsRisk() {
        JsonNode call = as("manager").get("/api/calls?size=200&risk=high").json().get("items").get(0);
        String callId = call.get("id").asString();
        JsonNode detail = as("manager").get("/api/calls/" + callId).json();
        for (JsonNode hit : detail.get("hits")) {
            if (hit.get("kind").asString().equalsIgnoreCase("churn")) {
                ApiClient.Response reviewed = as("manager").put("/api/calls/" + callId + "/hits/" + hit.get("id").asLong()
                        + "/review", Map.of("verdict", "wrong", "comment", "误报"));
                assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
            }
        }
        assertThat(as("manager").get("/api/calls/" + callId).json().get("churnRisk").asString()).isEqualTo("none");
    }

    private static List<Long> ids(JsonNode issues) {
        List<Long> ids = new ArrayList<>();
        issues.forEach(i -> ids.add(i.get("id").asLong()));
        return ids;
    }
}
