package com.voiceqa.web.security;

import com.voiceqa.badge.Payloads;
import com.voiceqa.badge.client.BadgeClient;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.web.accounts.AccountRepository;
import com.voiceqa.web.live.GatewayBridge;
import com.voiceqa.web.support.ApiClient;
import com.voiceqa.web.support.ServerTest;
import com.voiceqa.web.support.SseListener;
import com.voiceqa.web.support.TestCalls;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import javax.net.SocketFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Issue 15's "the visibility rule exists three times": the calls list, search and the live page answer from one rule
 * ({@link CallAudience}). A rep who took an account over sees a colleague's call of it in all three, and not the
 * colleague's other calls; a manager of another team sees none of them anywhere. The test has a team of its own, so
 * the demo team's counts stay as the other tests on this server expect.
 */
class OneVisibilityRuleTest extends ServerTest {

    @Autowired
    TestCalls testCalls;
    @Autowired
    AccountRepository accounts;
    @Autowired
    GatewayBridge gateway;

    @Test
    void aRepSeesTheSameCallsInTheListInSearchAndLiveAndAnotherTeamsManagerNone() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        long east = team("东区" + suffix);
        String heir = user("heir" + suffix, "rep", east);
        String colleague = user("colleague" + suffix, "rep", east);
        String eastManager = user("east" + suffix, "manager", east);
        String southManager = user("south" + suffix, "manager", team("南区" + suffix));
        long heirId = userId(heir);
        long colleagueId = userId(colleague);
        String handedOver = "交接客户-" + suffix;
        String colleagues = "同事客户-" + suffix;
        long handedOverId = accounts.ensure(handedOver, heirId);
        long colleaguesId = accounts.ensure(colleagues, colleagueId);
        String inherited = testCalls.storeCalm(colleagueId, handedOverId);
        String notTheHeirs = testCalls.storeCalm(colleagueId, colleaguesId);
        ApiClient south = as(southManager);

        assertEquals(Set.of(inherited), listed(as(heir), handedOverId), "the heir lists the call of the account");
        assertEquals(Set.of(inherited), searched(as(heir), handedOver), "and finds it");
        assertEquals(Set.of(), listed(as(heir), colleaguesId), "not the colleague's other calls");
        assertEquals(Set.of(), searched(as(heir), colleagues));
        assertEquals(Set.of(notTheHeirs), listed(as(colleague), colleaguesId), "the colleague keeps his own");
        assertEquals(Set.of(notTheHeirs), searched(as(colleague), colleagues));
        for (String account : Set.of(handedOver, colleagues)) {
            assertEquals(Set.of(), searched(south, account), "another team's manager finds none");
        }
        assertEquals(Set.of(), listed(south, handedOverId));
        assertEquals(Set.of(), listed(south, colleaguesId));

        String device = "badge-scope-" + suffix;
        String secret = as("admin").post("/api/devices", Map.of("deviceId", device, "repId", colleagueId)).json()
                .get("secret").asString();
        try (SseListener heirLive = new SseListener(port, heir, PASSWORD);
             SseListener southLive = new SseListener(port, southManager, PASSWORD);
             SseListener teamLive = new SseListener(port, eastManager, PASSWORD)) {
            heirLive.awaitSubscribed();
            southLive.awaitSubscribed();
            teamLive.awaitSubscribed();
            badgeCall(device, secret, handedOver);
            badgeCall(device, secret, colleagues);

            assertEquals(handedOver, startedAccount(teamLive), "the rep's team manager watches both calls");
            assertEquals(colleagues, startedAccount(teamLive));
            assertEquals(handedOver, startedAccount(heirLive), "the heir watches the call of the account live");
            assertNull(heirLive.next("call-started", 2_000), "but not the colleague's other call");
            assertNull(southLive.next("call-started", 500), "another team's manager watches none");
        }
    }

    private long userId(String username) {
        return as("admin").get("/api/users").json().valueStream()
                .filter(u -> u.get("username").asString().equals(username)).findFirst().orElseThrow()
                .get("id").asLong();
    }

    private long team(String name) {
        return as("admin").post("/api/teams", Map.of("name", name)).json().get("id").asLong();
    }

    private String user(String username, String role, long team) {
        ApiClient.Response created = as("admin").post("/api/users", Map.of("username", username, "role", role,
                "teamId", team, "password", PASSWORD));
        assertEquals(201, created.status(), created.toString());
        return username;
    }

    private static Set<String> listed(ApiClient client, long accountId) {
        ApiClient.Response response = client.get("/api/calls?size=100&account=" + accountId);
        assertEquals(200, response.status(), response.toString());
        return ids(response.json().get("items"), "id");
    }

    private static Set<String> searched(ApiClient client, String account) {
        ApiClient.Response response = client.get("/api/search?size=100&q=仓库&account="
                + URLEncoder.encode(account, StandardCharsets.UTF_8));
        assertEquals(200, response.status(), response.toString());
        Set<String> found = ids(response.json().get("items"), "callId");
        assertEquals(found.size(), response.json().get("total").asLong(),
                "the total counts only the calls shown: " + response.json());
        return found;
    }

    private static Set<String> ids(JsonNode items, String field) {
        return items.valueStream().map(i -> i.get(field).asString()).collect(Collectors.toSet());
    }

    /** One short badge call about {@code account}: start, a chunk of silence, end. */
    private void badgeCall(String device, String secret, String account) throws Exception {
        try (BadgeClient badge = BadgeClient.connect(SocketFactory.getDefault(), "127.0.0.1", gateway.badgePort())) {
            badge.authenticate(device, secret.getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(20));
            UUID call = UUID.randomUUID();
            badge.startCall(call, new Payloads.CallStart(new StreamFormat(16000, ChannelLayout.MONO), Instant.now(),
                    false, "", account), Duration.ofSeconds(20));
            badge.audio(call, 1, new byte[3200]);
            badge.endCall(call, 1, Duration.ofSeconds(20));
        }
    }

    private static String startedAccount(SseListener live) throws InterruptedException {
        SseListener.Event started = live.next("call-started", 20_000);
        assertNotNull(started, "a call-started event");
        return started.data().get("account").get("name").asString();
    }
}
