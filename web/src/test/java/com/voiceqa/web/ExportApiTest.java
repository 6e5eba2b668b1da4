package com.voiceqa.web;

import com.voiceqa.web.support.ApiClient;
import com.voiceqa.web.support.ServerTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV export over real HTTP: one row per visible call, finding or account, the scope of the user. */
class ExportApiTest extends ServerTest {

    @Test
    void exportsFollowTheUsersScope() {
        for (String user : new String[] {"manager", "limin"}) {
            ApiClient.Response calls = as(user).get("/api/export/calls.csv");
            assertThat(calls.status()).isEqualTo(200);
            assertThat(calls.header("Content-Type")).startsWith("text/csv");
            assertThat(calls.header("Content-Disposition")).contains("voiceqa-calls.csv");
            String[] lines = calls.text().split("\r\n");
            assertThat(lines[0]).startsWith("\uFEFF\"通话ID\",\"开始时间\"");
            assertThat(lines.length - 1).as(user + "'s calls").isEqualTo(as(user).get("/api/calls?size=1").json().get("total").asInt());
            String[] accounts = as(user).get("/api/export/accounts.csv").text().split("\r\n");
            assertThat(accounts.length - 1).isEqualTo(as(user).get("/api/accounts?size=1").json().get("total").asInt());
        }
        String limin = as("limin").get("/api/export/findings.csv").text();
        String manager = as("manager").get("/api/export/findings.csv").text();
        assertThat(limin.split("\r\n").length).isGreaterThan(1).isLessThan(manager.split("\r\n").length);
        assertThat(as("limin").get("/api/export/users.csv").status()).isEqualTo(404);
    }
}
