package com.voiceqa.web;

import com.voiceqa.web.support.ApiClient;
import com.voiceqa.web.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders and contracts over real HTTP: whoever may see an account records and reads its events (a rep their own
 * accounts, a manager the team's); another rep's account is 404; bad input is a 400 that says what to send.
 */
class AccountEventsApiTest extends ServerTest {

    @Test
    void ownersAndTheirManagersRecordOrdersAndOthersCannot() {
        long liminsAccount = accountOwnedBy("李敏");
        long zhaoleisAccount = accountOwnedBy("赵磊");
        String yesterday = LocalDate.now().minusDays(1).toString();

        ApiClient.Response order = as("limin").post("/api/accounts/" + liminsAccount + "/events",
                Map.of("kind", "order", "date", yesterday, "amount", 12800, "note", "季度补货"));
        assertThat(order.status()).as(order.toString()).isEqualTo(201);
        assertThat(order.json().get("kind").asString()).isEqualTo("order");
        assertThat(order.json().get("amount").asDouble()).isEqualTo(12800.0);
        assertThat(order.json().get("recordedBy").get("name").asString()).isEqualTo("李敏");
        assertThat(as("manager").post("/api/accounts/" + liminsAccount + "/events", Map.of("kind", "contract"))
                .status()).as("the team's manager, dated today").isEqualTo(201);

        JsonNode events = as("limin").get("/api/accounts/" + liminsAccount + "/events").json();
        assertThat(events.valueStream().map(e -> e.get("kind").asString())).contains("order", "contract");

        assertThat(as("limin").post("/api/accounts/" + zhaoleisAccount + "/events", Map.of("kind", "order")).status())
                .as("another rep's account does not exist for her").isEqualTo(404);
        assertThat(as("limin").get("/api/accounts/" + zhaoleisAccount + "/events").status()).isEqualTo(404);
        ApiClient.Response badKind = as("limin").post("/api/accounts/" + liminsAccount + "/events", Map.of("kind", "visit"));
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.text()).contains("order（订单）或 contract（合同）");
        ApiClient.Response future = as("limin").post("/api/accounts/" + liminsAccount + "/events",
                Map.of("kind", "order", "date", LocalDate.now().plusDays(2).toString()));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.text()).contains("日期不能晚于今天");
        assertThat(as("limin").post("/api/accounts/" + liminsAccount + "/events",
                Map.of("kind", "order", "amount", -5)).status()).isEqualTo(400);
    }

    private long accountOwnedBy(String owner) {
        return as("admin").get("/api/accounts?size=200&sort=name").json().get("items").valueStream()
                .filter(a -> a.path("owner").path("name").asString("").equals(owner)).findFirst().orElseThrow()
                .get("id").asLong();
    }
}
