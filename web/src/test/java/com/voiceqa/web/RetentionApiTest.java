package com.voiceqa.web;

import com.voiceqa.web.support.ApiClient;
import com.voiceqa.web.support.ServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention contract over real HTTP: account outcomes with history, the churn rate's formula and period rule,
 * and the role boundaries (a rep changes and counts only their own accounts).
 */
class RetentionApiTest extends ServerTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void theChurnRateCountsLossesOfTheAccountsThatWereCustomersWhenThePeriodBegan() {
        // The demo: every account a customer for 400 days; 云栖民宿 lost 75 days ago, 李氏个人理财 lost 50 days ago
        // and won back 12 days ago, 刘家养殖场 lost 18 and 陈记商贸 6 days ago.
        JsonNode quarter = retention("manager", "?from=" + TODAY.minusDays(89) + "&to=" + TODAY);
        assertThat(lostAccounts(quarter)).contains("云栖民宿", "李氏个人理财", "刘家养殖场", "陈记商贸");
        assertThat(quarter.get("won_back").asLong()).isGreaterThanOrEqualTo(1);
        assertFormula(quarter);

        JsonNode month = retention("manager", "?from=" + TODAY.minusDays(29) + "&to=" + TODAY);
        assertThat(lostAccounts(month)).contains("刘家养殖场", "陈记商贸").doesNotContain("云栖民宿", "李氏个人理财");
        assertThat(month.get("customers").asLong())
                .as("accounts lost before the period began are not in its denominator, a win-back does not re-enter it")
                .isEqualTo(quarter.get("customers").asLong() - 2);
        assertThat(month.get("by_reason").get("competitor").asLong()).isGreaterThanOrEqualTo(1);
        assertFormula(month);

        assertThat(retention("manager", "?from=" + TODAY.minusDays(29)).get("to").asString())
                .as("the period ends today unless given").isEqualTo(TODAY.toString());
    }

    @Test
    void aManagerMarksAnAccountLostAndTheChurnRateRisesWithTheReason() {
        JsonNode before = retention("manager", "");
        long accountId = customerAccount("manager", "赵磊");
        ApiClient.Response lost = as("manager").put("/api/accounts/" + accountId + "/status",
                Map.of("status", "lost", "date", TODAY.toString(), "reason", "price", "note", "报价高于竞品"));
        assertThat(lost.status()).as(lost.toString()).isEqualTo(200);
        assertThat(lost.json().get("status").asString()).isEqualTo("lost");
        JsonNode entry = lost.json().get("history").get(lost.json().get("history").size() - 1);
        assertThat(entry.get("reason").asString()).isEqualTo("price");
        assertThat(entry.get("changedBy").get("name").asString()).isEqualTo("王经理");
        assertThat(entry.get("date").asString()).isEqualTo(TODAY.toString());

        JsonNode after = retention("manager", "");
        assertThat(after.get("customers").asLong()).isEqualTo(before.get("customers").asLong());
        assertThat(after.get("lost").asLong()).isEqualTo(before.get("lost").asLong() + 1);
        assertThat(after.get("by_reason").path("price").asLong()).isEqualTo(before.get("by_reason").path("price").asLong() + 1);
        assertThat(after.get("churn_rate").asDouble()).isGreaterThan(before.get("churn_rate").asDouble());
        assertFormula(after);

        ApiClient.Response again = as("manager").put("/api/accounts/" + accountId + "/status",
                Map.of("status", "lost", "reason", "price"));
        assertThat(again.status()).as("a lost account is not lost twice").isEqualTo(409);
        ApiClient.Response wonBack = as("manager").put("/api/accounts/" + accountId + "/status", Map.of("status", "won_back"));
        assertThat(wonBack.status()).as(wonBack.toString()).isEqualTo(200);
        assertThat(wonBack.json().get("history").size()).isEqualTo(lost.json().get("history").size() + 1);
        JsonNode afterWinBack = retention("manager", "");
        assertThat(afterWinBack.get("lost").asLong()).as("the loss happened in the period even though it was undone")
                .isEqualTo(after.get("lost").asLong());
        assertThat(afterWinBack.get("won_back").asLong()).isEqualTo(after.get("won_back").asLong() + 1);
    }

    @Test
    void aRepChangesAndCountsOnlyTheirOwnAccounts() {
        long own = customerAccount("limin", "李敏");
        long other = customerAccount("manager", "赵磊");
        ApiClient.Response atRisk = as("limin").put("/api/accounts/" + own + "/status", Map.of("status", "at_risk"));
        assertThat(atRisk.status()).as(atRisk.toString()).isEqualTo(200);
        assertThat(as("limin").put("/api/accounts/" + other + "/status", Map.of("status", "at_risk")).status())
                .as("another rep's account is not found for a rep").isEqualTo(404);
        assertThat(as("limin").get("/api/accounts/" + other + "/status").status()).isEqualTo(404);

        JsonNode mine = retention("limin", "");
        assertThat(mine.get("by_rep")).hasSize(1);
        assertThat(mine.get("by_rep").get(0).get("rep").get("name").asString()).isEqualTo("李敏");
        JsonNode asSeenByManager = retention("manager", "?rep=" + mine.get("by_rep").get(0).get("rep").get("id").asLong());
        assertThat(mine.get("customers").asLong()).isEqualTo(asSeenByManager.get("customers").asLong());
        assertThat(mine.get("lost").asLong()).isEqualTo(asSeenByManager.get("lost").asLong());
        for (JsonNode loss : mine.get("losses")) {
            assertThat(loss.get("owner").get("name").asString()).isEqualTo("李敏");
        }
        long otherRep = retention("manager", "").get("by_rep").valueStream()
                .filter(r -> r.get("rep").get("name").asString().equals("赵磊")).findFirst().orElseThrow()
                .get("rep").get("id").asLong();
        JsonNode widened = retention("limin", "?rep=" + otherRep);
        assertThat(widened.get("customers").asLong()).as("filtering by another rep does not widen the scope").isZero();
        assertThat(widened.get("churn_rate").isNull()).as("no customers, no rate").isTrue();
        assertThat(retention("manager", "?team=999999").get("customers").asLong()).isZero();
    }

    @Test
    void badInputGetsAClearErrorAndChangesNothing() {
        long account = customerAccount("manager", "赵磊");
        String path = "/api/accounts/" + account + "/status";
        JsonNode before = as("manager").get(path).json();
        assertError(as("manager").put(path, Map.of("status", "gone")), 400, "status must be one of");
        assertError(as("manager").put(path, Map.of("status", "lost")), 400, "reason must be one of");
        assertError(as("manager").put(path, Map.of("status", "lost", "reason", "weather")), 400, "reason must be one of");
        assertError(as("manager").put(path, Map.of("status", "at_risk", "reason", "price")), 400, "only with status lost");
        assertError(as("manager").put(path, Map.of("status", "lost", "reason", "price", "date", TODAY.plusDays(1).toString())),
                400, "future");
        assertError(as("manager").put(path, Map.of("status", "lost", "reason", "price", "date", "30/11/2026")), 400, "YYYY-MM-DD");
        assertError(as("manager").put(path, Map.of("status", "won_back")), 409, "only a lost account");
        assertError(as("manager").put(path, Map.of("note", "no status")), 400, "invalid fields");
        assertError(as("manager").put("/api/accounts/999999/status", Map.of("status", "at_risk")), 404, "not found");
        assertThat(as("manager").get(path).json()).as("nothing was recorded").isEqualTo(before);
        assertError(as("manager").get("/api/retention?from=2026-12-01&to=2026-11-01"), 400, "from must not be after to");
        assertError(as("manager").get("/api/retention?from=yesterday"), 400, "YYYY-MM-DD");
        assertError(as("manager").get("/api/retention/trend?periods=100"), 400, "invalid parameters");
    }

    @Test
    void theTrendGivesConsecutivePeriodsEndingToday() {
        JsonNode trend = as("manager").get("/api/retention/trend?periods=4&days=30").json();
        assertThat(trend).hasSize(4);
        assertThat(trend.get(3).get("to").asString()).isEqualTo(TODAY.toString());
        for (int i = 1; i < 4; i++) {
            assertThat(LocalDate.parse(trend.get(i).get("from").asString()))
                    .isEqualTo(LocalDate.parse(trend.get(i - 1).get("to").asString()).plusDays(1));
        }
        assertThat(lostAccounts(trend.get(2))).as("the period 30-59 days ago").containsExactly("李氏个人理财");
        assertThat(lostAccounts(trend.get(1))).as("the period 60-89 days ago").containsExactly("云栖民宿");
    }

    @Test
    void bigAccountsAreTheKeyTierAndWeighTheChurnRateByValue() {
        long xinghe = accountId("星河物流");
        ApiClient.Response valued = as("manager").put("/api/accounts/" + xinghe + "/value", Map.of("value", 1_200_000));
        assertThat(valued.status()).as(valued.toString()).isEqualTo(200);
        assertThat(valued.json().get("value").asDouble()).isEqualTo(1_200_000.0);
        assertThat(valued.json().get("tier").asString()).as("the demo's biggest account").isEqualTo("key");
        assertThat(as("limin").put("/api/accounts/" + xinghe + "/value", Map.of("value", 1)).status())
                .as("a rep does not set values, even of own accounts").isEqualTo(403);
        assertError(as("manager").put("/api/accounts/" + xinghe + "/value", Map.of("value", -5)), 400, "non-negative");

        String quarter = "?from=" + TODAY.minusDays(89) + "&to=" + TODAY;
        JsonNode all = retention("manager", quarter);
        assertThat(all.get("lost_value").asDouble()).as("陈记商贸, 刘家养殖场, 李氏个人理财 and 云栖民宿")
                .isGreaterThanOrEqualTo(800_000 + 90_000 + 150_000 + 40_000);
        assertThat(all.get("value_churn_rate").asDouble())
                .isCloseTo(all.get("lost_value").asDouble() / all.get("customers_value").asDouble(), within());
        JsonNode key = retention("manager", quarter + "&tier=key");
        assertThat(key.get("customers").asLong()).as("星河物流 and 陈记商贸: the top fifth of eight").isEqualTo(2);
        assertThat(lostAccounts(key)).containsExactly("陈记商贸");
        assertError(as("manager").get("/api/retention?tier=gold"), 400, "tier must be one of");

        JsonNode lift = as("manager").get("/api/retention/signals?days=90").json();
        assertThat(lift.size()).as("the demo calls carry churn signals").isPositive();
        for (JsonNode category : lift) {
            assertThat(category.get("accounts").asLong()).isPositive();
            assertThat(category.get("lost_rate").asDouble())
                    .isCloseTo((double) category.get("lost").asLong() / category.get("accounts").asLong(), within());
        }
    }

    private long accountId(String name) {
        return as("manager").get("/api/accounts?size=200").json().get("items").valueStream()
                .filter(a -> a.get("name").asString().equals(name)).findFirst().orElseThrow().get("id").asLong();
    }

    private JsonNode retention(String user, String query) {
        ApiClient.Response response = as(user).get("/api/retention" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** An account of the given owner that is still a customer (not lost by the demo or another test). */
    private long customerAccount(String viewer, String ownerName) {
        for (JsonNode account : as(viewer).get("/api/accounts?size=200&sort=name").json().get("items")) {
            if (account.path("owner").path("name").asString("").equals(ownerName)
                    && !as(viewer).get("/api/accounts/" + account.get("id").asLong() + "/status").json()
                    .get("status").asString().equals("lost")) {
                return account.get("id").asLong();
            }
        }
        throw new AssertionError("no account of " + ownerName + " is still a customer in the demo data");
    }

    private static List<String> lostAccounts(JsonNode figures) {
        List<String> names = new ArrayList<>();
        figures.get("losses").forEach(l -> names.add(l.get("account").get("name").asString()));
        return names;
    }

    private static void assertFormula(JsonNode figures) {
        long customers = figures.get("customers").asLong();
        long lost = figures.get("lost").asLong();
        assertThat(customers).isPositive();
        assertThat(figures.get("churn_rate").asDouble()).isCloseTo((double) lost / customers, within());
        assertThat(figures.get("retention_rate").asDouble()).isCloseTo(1 - (double) lost / customers, within());
        long byReason = 0;
        for (JsonNode n : figures.get("by_reason")) {
            byReason += n.asLong();
        }
        assertThat(byReason).isEqualTo(lost);
        assertThat(figures.get("losses")).hasSize((int) lost);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    private static void assertError(ApiClient.Response response, int status, String message) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.text()).contains(message);
    }
}
