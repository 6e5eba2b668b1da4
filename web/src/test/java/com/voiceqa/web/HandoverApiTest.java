package com.voiceqa.web;

import com.voiceqa.web.support.ApiClient;
import com.voiceqa.web.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rep departure over real HTTP: a new owner sees the account's whole history, disabling the owner lists the account
 * for handover and flags it at risk, a manager reassigns it with the owner history kept; reps cannot.
 */
class HandoverApiTest extends ServerTest {

    @Test
    void aDepartedRepsAccountIsFlaggedListedAndReassignedWithItsHistory() {
        long team = as("manager").get("/api/me").json().get("team").get("id").asLong();
        String username = "leaving" + System.nanoTime() % 1_000_000_000L;
        ApiClient.Response created = as("admin").post("/api/users",
                Map.of("username", username, "displayName", "离职销售", "role", "rep", "teamId", team));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long leaving = created.json().get("user").get("id").asLong();
        ApiClient leaver = ApiClient.basic(port, username, created.json().get("password").asString());
        JsonNode account = customerAccountOf("赵磊");
        long accountId = account.get("id").asLong();
        long zhaolei = account.get("owner").get("id").asLong();

        reassign("manager", List.of(accountId), leaving, "新人接手");
        JsonNode calls = leaver.get("/api/calls?size=200&account=" + accountId).json();
        assertThat(calls.get("total").asInt()).as("the new owner sees the calls the previous rep made")
                .isEqualTo(account.get("callCount").asInt()).isPositive();
        assertThat(leaver.get("/api/accounts/" + accountId).status()).isEqualTo(200);

        ApiClient.Response disabled = as("admin").patch("/api/users/" + leaving, Map.of("enabled", false));
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        JsonNode pending = as("manager").get("/api/handover").json();
        assertThat(pending.valueStream().map(p -> p.get("account").get("id").asLong())).contains(accountId);
        JsonNode status = as("manager").get("/api/accounts/" + accountId + "/status").json();
        assertThat(status.get("status").asString()).isEqualTo("at_risk");
        assertThat(status.get("history").get(status.get("history").size() - 1).get("note").asString()).contains("待交接");

        assertThat(as("limin").get("/api/handover").status()).isEqualTo(403);
        assertThat(as("limin").post("/api/accounts/reassign", Map.of("accountIds", List.of(accountId), "ownerId", 1)).status())
                .isEqualTo(403);
        assertThat(as("manager").post("/api/accounts/reassign", Map.of("accountIds", List.of(accountId), "ownerId", leaving))
                .text()).as("a disabled user takes nothing over").contains("not an enabled user");
        assertThat(as("manager").post("/api/accounts/reassign", Map.of("accountIds", List.of(999999), "ownerId", zhaolei))
                .status()).isEqualTo(404);
        assertThat(as("manager").post("/api/accounts/reassign", Map.of("accountIds", List.of(), "ownerId", zhaolei))
                .status()).isEqualTo(400);

        reassign("manager", List.of(accountId), zhaolei, "交回赵磊");
        assertThat(as("manager").get("/api/handover").json().valueStream().map(p -> p.get("account").get("id").asLong()))
                .doesNotContain(accountId);
        JsonNode owners = as("manager").get("/api/accounts/" + accountId + "/owners").json();
        assertThat(owners).hasSize(2);
        assertThat(owners.get(0).get("from").get("name").asString()).isEqualTo("赵磊");
        assertThat(owners.get(0).get("to").get("name").asString()).isEqualTo("离职销售");
        assertThat(owners.get(1).get("to").get("name").asString()).isEqualTo("赵磊");
        assertThat(owners.get(1).get("changedBy").get("name").asString()).isEqualTo("王经理");
        assertThat(owners.get(1).get("note").asString()).isEqualTo("交回赵磊");
    }

    private void reassign(String user, List<Long> accounts, long owner, String note) {
        ApiClient.Response response = as(user).post("/api/accounts/reassign",
                Map.of("accountIds", accounts, "ownerId", owner, "note", note));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("reassigned").asInt()).isEqualTo(accounts.size());
    }

    private JsonNode customerAccountOf(String owner) {
        return as("manager").get("/api/accounts?size=200&sort=name").json().get("items").valueStream()
                .filter(a -> a.path("owner").path("name").asString("").equals(owner))
                .filter(a -> !as("manager").get("/api/accounts/" + a.get("id").asLong() + "/status").json()
                        .get("status").asString().equals("lost"))
                .findFirst().orElseThrow(() -> new AssertionError(owner + " has no account that is still a customer"));
    }
}
