package com.voiceqa.gateway;

import com.voiceqa.badge.ErrorCode;
import com.voiceqa.badge.FrameType;
import com.voiceqa.badge.Payloads;
import com.voiceqa.badge.client.BadgeClient;
import com.voiceqa.core.events.CallEvent;
import com.voiceqa.gateway.config.GatewayConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static com.voiceqa.gateway.TestGateway.WAIT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Issue 11 M4: a badge that opens its calls and goes away without CALL_END is not locked out; the calls it left
 * expire after the stale-call timeout, also after a restart, and their audio is kept in the recording.
 */
class StaleCallTest {

    private static final Duration STALE = Duration.ofSeconds(1);

    @TempDir
    Path data;

    @Test
    void callsLeftWithoutCallEndExpireWithTheirAudioAndFreeTheSlots() throws Exception {
        try (TestGateway gw = new TestGateway(data, c -> c.withLimits(c.limits().withStaleCallTimeout(STALE)),
                Optional.empty())) {
            List<UUID> left = openAllSlotsAndLeave(gw);
            assertExpiredWithTheirAudio(gw, left);
            try (BadgeClient badge = gw.authenticated()) {
                assertEquals(0, badge.startCall(UUID.randomUUID(), TestGateway.monoCall(16000), WAIT));
                badge.send(com.voiceqa.badge.BadgeFrame.of(FrameType.RESUME, left.getFirst(), 0));
                Payloads.CallSummary summary = Payloads.CallSummary.parse(badge.expect(FrameType.CALL_END, WAIT).payload());
                assertEquals(3200, summary.audioBytes(), "RESUME of an expired call answers its summary");
            }
        }
    }

    @Test
    void callsLeftBeforeARestartExpireAfterIt() throws Exception {
        List<UUID> left;
        try (TestGateway gw = new TestGateway(data)) { // the default timeout: nothing expires during this test
            left = openAllSlotsAndLeave(gw);
            try (BadgeClient badge = gw.authenticated()) {
                var full = assertThrows(BadgeClient.ErrorReply.class,
                        () -> badge.startCall(UUID.randomUUID(), TestGateway.monoCall(16000), WAIT));
                assertEquals(ErrorCode.TOO_MANY_CALLS, full.code(), "the lock-out the timeout exists for");
            }
        }
        try (TestGateway gw = new TestGateway(data, c -> c.withLimits(c.limits().withStaleCallTimeout(STALE)),
                Optional.empty())) {
            assertExpiredWithTheirAudio(gw, left);
            try (BadgeClient badge = gw.authenticated()) {
                assertEquals(0, badge.startCall(UUID.randomUUID(), TestGateway.monoCall(16000), WAIT));
            }
        }
    }

    /** Opens as many calls as the device may, stores one acknowledged frame in each, disconnects. */
    private static List<UUID> openAllSlotsAndLeave(TestGateway gw) throws Exception {
        List<UUID> calls = new ArrayList<>();
        try (BadgeClient badge = gw.authenticated()) {
            for (int i = 0; i < GatewayConfig.Limits.DEFAULT.maxCallsPerDevice(); i++) {
                UUID call = UUID.randomUUID();
                TestGateway.startAndStream(badge, call, List.of(chunk(i)));
                calls.add(call);
            }
        }
        return calls;
    }

    private static void assertExpiredWithTheirAudio(TestGateway gw, List<UUID> calls) throws Exception {
        Set<String> expired = new HashSet<>();
        for (int i = 0; i < calls.size(); i++) {
            CallEvent.Ended ended = gw.nextEvent(CallEvent.Ended.class);
            assertEquals(CallEvent.EndReason.EXPIRED, ended.reason());
            String callId = ended.call().key().call().value();
            expired.add(callId);
            assertArrayEquals(chunk(calls.indexOf(UUID.fromString(callId))), TestAudio.pcmOf(ended.recording()),
                    "the expired call's audio is in its recording");
        }
        assertEquals(calls.stream().map(UUID::toString).collect(java.util.stream.Collectors.toSet()), expired);
    }

    private static byte[] chunk(int i) {
        return TestAudio.chunks(100 + i, 1, 3200).getFirst();
    }
}
