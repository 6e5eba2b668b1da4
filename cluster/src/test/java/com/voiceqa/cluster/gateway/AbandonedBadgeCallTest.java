package com.voiceqa.cluster.gateway;

import com.voiceqa.badge.client.BadgeClient;
import com.voiceqa.bus.kafka.KafkaSettings;
import com.voiceqa.bus.kafka.TestKafka;
import com.voiceqa.bus.kafka.audio.AudioRecord;
import com.voiceqa.bus.kafka.events.KafkaCallEventBus;
import com.voiceqa.cluster.NodeName;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.events.CallEvent;
import com.voiceqa.core.events.CallEventBus;
import com.voiceqa.core.events.CallMetadata;
import com.voiceqa.core.events.CallSource;
import com.voiceqa.core.id.CallId;
import com.voiceqa.core.id.CallKey;
import com.voiceqa.core.id.DeviceId;
import com.voiceqa.gateway.auth.FileDeviceDirectory;
import com.voiceqa.gateway.config.GatewayConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.SocketFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;

import static com.voiceqa.cluster.gateway.ClusterCalls.WAIT;
import static com.voiceqa.cluster.gateway.ClusterCalls.audio;
import static com.voiceqa.cluster.gateway.ClusterCalls.audioRecords;
import static com.voiceqa.cluster.gateway.ClusterCalls.callOfADeadNode;
import static com.voiceqa.cluster.gateway.ClusterCalls.collect;
import static com.voiceqa.cluster.gateway.ClusterCalls.digits;
import static com.voiceqa.cluster.gateway.ClusterCalls.frames;
import static com.voiceqa.cluster.gateway.ClusterCalls.kafka;
import static com.voiceqa.cluster.gateway.ClusterCalls.sequences;
import static com.voiceqa.cluster.gateway.ClusterCalls.sha256;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A badge call whose gateway node died, on one real Kafka broker: a live node adopts it, so a badge that never comes
 * back does not leave it open in Kafka for ever (it expires with the audio Kafka acknowledged), and a badge that
 * comes back within the stale-call timeout still RESUMEs it and ends it whole.
 */
class AbandonedBadgeCallTest {

    private static final String DEVICE = "badge-lost";
    private static final String SECRET = "abandoned-badge-test-secret-0123456789";
    private static final FileDeviceDirectory DEVICES = FileDeviceDirectory.of(Map.of(DEVICE, SECRET));
    private static final int ACKNOWLEDGED = 10;

    @TempDir
    Path data;
    private KafkaSettings settings;
    private byte[] pcm;
    private List<byte[]> frames;
    private CallMetadata call;
    private final List<CallEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void aBadgeCallOfANodeThatDied() throws Exception {
        settings = kafka();
        pcm = digits();
        frames = frames(pcm);
        CallKey key = new CallKey(new DeviceId(DEVICE), CallId.of(UUID.randomUUID()));
        call = new CallMetadata(key, "rep-1", "acct-1", CallSource.BADGE,
                new StreamFormat(16_000, ChannelLayout.MONO), Instant.now(), false);
    }

    @Test
    void aBadgeThatNeverReturnsHasItsCallExpireOnALiveNodeWithWhatKafkaAcknowledged() throws Exception {
        GatewayConfig config = config(Duration.ofSeconds(2));
        try (CallEventBus watch = watch()) {
            callOfADeadNode(settings, "dead-badge-node.1", call, frames, ACKNOWLEDGED);
            try (ClusterGateway b = ClusterGateway.start(settings, new NodeName("adopter"), config, DEVICES)) {
                TestKafka.await("the adopted call expires", WAIT,
                        () -> events.stream().anyMatch(e -> e instanceof CallEvent.Ended));
                TestKafka.await("the call is no longer open on B", WAIT, () -> b.openCalls() == 0);
            }
        }
        assertEquals(List.of("Started", "Ended"), events.stream().map(e -> e.getClass().getSimpleName()).toList());
        CallEvent.Ended ended = (CallEvent.Ended) events.get(1);
        assertEquals(CallEvent.EndReason.EXPIRED, ended.reason(), "the stale-call rule ended it, as on its own node");
        byte[] stored = Arrays.copyOf(pcm, ACKNOWLEDGED * ClusterCalls.FRAME_BYTES);
        assertEquals(stored.length, ended.audioBytes(), "the call holds what Kafka acknowledged");
        List<AudioRecord> records = audioRecords(settings, call.key().productId());
        assertEquals(LongStream.range(0, ACKNOWLEDGED).boxed().toList(), sequences(records), "no chunk twice");
        assertArrayEquals(sha256(stored), sha256(audio(records)));
        assertEquals(new AudioRecord.End(call.key(), ACKNOWLEDGED), records.getLast(), "one end, after the last chunk");
    }

    @Test
    void aBadgeThatReturnsAfterTheAdoptionResumesAndEndsItsCallWhole() throws Exception {
        GatewayConfig config = config(Duration.ofMinutes(5));
        try (CallEventBus watch = watch()) {
            callOfADeadNode(settings, "dead-badge-node.2", call, frames, ACKNOWLEDGED);
            try (ClusterGateway b = ClusterGateway.start(settings, new NodeName("adopter2"), config, DEVICES)) {
                TestKafka.await("B adopts the call", WAIT, () -> b.openCalls() == 1);
                try (BadgeClient badge = BadgeClient.connect(SocketFactory.getDefault(), "127.0.0.1", b.badgePort())) {
                    badge.authenticate(DEVICE, SECRET.getBytes(StandardCharsets.UTF_8), WAIT);
                    UUID id = UUID.fromString(call.key().call().value());
                    assertEquals(ACKNOWLEDGED, badge.resume(id, WAIT), "RESUME answers what Kafka acknowledged");
                    for (int seq = ACKNOWLEDGED + 1; seq <= frames.size(); seq++) {
                        badge.audio(id, seq, frames.get(seq - 1));
                    }
                    assertEquals(pcm.length, badge.endCall(id, frames.size(), WAIT).audioBytes());
                }
                TestKafka.await("the call's Ended event", WAIT,
                        () -> events.stream().anyMatch(e -> e instanceof CallEvent.Ended));
            }
        }
        CallEvent.Ended ended = (CallEvent.Ended) events.get(1);
        assertEquals(CallEvent.EndReason.COMPLETED, ended.reason());
        List<AudioRecord> records = audioRecords(settings, call.key().productId());
        assertEquals(LongStream.range(0, frames.size()).boxed().toList(), sequences(records), "every chunk once");
        assertArrayEquals(sha256(pcm), sha256(audio(records)));
    }

    private GatewayConfig config(Duration staleCallTimeout) {
        GatewayConfig defaults = GatewayConfig.defaults(data).withPorts(0, 0);
        return defaults.withLimits(defaults.limits().withStaleCallTimeout(staleCallTimeout));
    }

    private CallEventBus watch() {
        CallEventBus bus = new KafkaCallEventBus(settings, "abandoned-watch-" + call.key().call(), "watch");
        collect(bus, call.key().productId(), events);
        return bus;
    }
}
