package com.voiceqa.web.live;

import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.Segment;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.Transcript;
import com.voiceqa.core.events.CallEvent;
import com.voiceqa.core.events.CallMetadata;
import com.voiceqa.core.events.CallSource;
import com.voiceqa.core.id.CallId;
import com.voiceqa.core.id.CallKey;
import com.voiceqa.core.id.DeviceId;
import com.voiceqa.web.support.ServerTest;
import com.voiceqa.web.support.SseListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A mono badge call is ruled live on provisional speaker roles and stored on refined ones. When refinement swaps who
 * said what, the live page is corrected: the alert raised on the provisional roles is withdrawn and the finding the
 * refined roles reveal arrives once, late, through the real tracker, rules, store and SSE stream.
 */
class LiveAlertSettlingTest extends ServerTest {

    /** A switch to another supplier: customer-scoped rules alert on it, said by the rep it is nothing. */
    private static final String SWITCHING = "说实话我们已经决定下个月换供应商了，这边的货就先不要了";
    /** Non-renewal and a cut budget: customer-scoped signals. */
    private static final String LEAVING = "合同到期我们就不续了，明年的采购预算也砍掉了一大半";

    @Autowired
    private LiveCallTracker tracker;

    @Test
    void refinedRolesWithdrawTheProvisionalAlertAndRaiseTheOneTheyReveal() throws Exception {
        CallMetadata call = new CallMetadata(new CallKey(new DeviceId("settle-badge"), CallId.random()), "", "",
                CallSource.BADGE, new StreamFormat(16_000, ChannelLayout.MONO), Instant.now(), false);
        List<Segment> provisional = List.of(
                segment("rep", 0, 3, "您好，我是华信物流的小王，跟您确认一下下个月的订单"),
                segment("customer", 3, 8, SWITCHING),
                segment("rep", 8, 12, LEAVING));
        List<Segment> refined = new ArrayList<>();
        refined.add(provisional.get(0));
        refined.add(provisional.get(1).withSpeaker("rep", 0.8));
        refined.add(provisional.get(2).withSpeaker("customer", 0.8));
        Path recording = Files.createTempFile("settle", ".wav");
        // Settling is tested on the churn pack's gate: on a three-line call the built-in risk model, which weighs
        // whole calls, reports nothing either way (docs/packs-history.md, "Packs 2026.12.3"); what is settled is the same.
        JsonNode pack = as("admin").get("/api/rules/churn-signals").json().get("pack");
        ObjectNode gate = (ObjectNode) pack.deepCopy();
        assertNotNull(((ObjectNode) gate.get("risk")).remove("model"), "the built-in churn pack names its risk model");
        assertEquals(200, as("admin").put("/api/rules/churn-signals", Map.of("pack", gate, "comment", "gate")).status());

        try (SseListener live = new SseListener(port, "admin", PASSWORD)) {
            live.awaitSubscribed();
            tracker.onEvent(new CallEvent.Started(call));
            provisional.forEach(segment -> tracker.onEvent(new CallEvent.FinalSegment(call, segment)));
            SseListener.Event alert = live.next("alert", 10_000);
            assertNotNull(alert, "the customer's switch raises a live alert on the provisional roles");
            String provisionalRule = alert.data().get("ruleId").asString();

            tracker.onEvent(new CallEvent.Ended(call, recording, 16_000 * 2 * 12,
                    Optional.of(new Transcript(refined, null)), CallEvent.EndReason.COMPLETED));
            SseListener.Event settled = live.next("alerts-settled", 30_000);
            assertNotNull(settled, "the stored evaluation settles the live alerts");

            Set<String> withdrawn = new HashSet<>();
            settled.data().get("withdrawn").forEach(id -> withdrawn.add(id.asString()));
            assertTrue(withdrawn.contains(provisionalRule), "withdrawn: " + withdrawn);
            JsonNode late = settled.data().get("late");
            assertFalse(late.isEmpty(), "the customer's non-renewal, heard only on the refined roles, is alerted late");
            late.forEach(a -> {
                assertEquals(call.callId(), a.get("callId").asString());
                assertFalse(withdrawn.contains(a.get("ruleId").asString()), "a late alert is not also withdrawn");
                assertTrue(a.get("evidence").get("text").asString().length() > 0);
            });

            JsonNode stored = as("admin").get("/api/calls/" + call.callId()).json();
            Set<String> storedRules = new HashSet<>();
            stored.path("hits").forEach(hit -> storedRules.add(hit.path("ruleId").asString()));
            withdrawn.forEach(id -> assertFalse(storedRules.contains(id), id + " is withdrawn, so it is not stored"));
        } finally {
            as("admin").put("/api/rules/churn-signals", Map.of("pack", pack, "comment", "restore the risk model"));
            Files.deleteIfExists(recording);
        }
    }

    private static Segment segment(String speaker, double start, double end, String text) {
        return new Segment(speaker, start, end, text, List.of());
    }
}
