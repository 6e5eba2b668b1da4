package com.voiceqa.cluster.gateway;

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
import com.voiceqa.sim.PhoneConnection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static com.voiceqa.cluster.gateway.ClusterCalls.WAIT;
import static com.voiceqa.cluster.gateway.ClusterCalls.audio;
import static com.voiceqa.cluster.gateway.ClusterCalls.audioRecords;
import static com.voiceqa.cluster.gateway.ClusterCalls.callOfADeadNode;
import static com.voiceqa.cluster.gateway.ClusterCalls.collect;
import static com.voiceqa.cluster.gateway.ClusterCalls.frames;
import static com.voiceqa.cluster.gateway.ClusterCalls.digits;
import static com.voiceqa.cluster.gateway.ClusterCalls.kafka;
import static com.voiceqa.cluster.gateway.ClusterCalls.sequences;
import static com.voiceqa.cluster.gateway.ClusterCalls.sha256;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Phones (vosk protocol) on cluster gateway nodes over one real Kafka broker. A phone has no RESUME: a call whose
 * node lives is stored whole (and no other node touches it); a call whose node died is ended by a live node with the
 * audio Kafka acknowledged.
 */
class PhoneFailoverTest {

    private static final String DEVICE = "phone-7";
    private static final String SECRET = "phone-failover-test-secret-0123456789";
    private static final FileDeviceDirectory DEVICES = FileDeviceDirectory.of(Map.of(DEVICE, SECRET));

    @TempDir
    Path data;
    private KafkaSettings settings;
    private byte[] pcm;
    private List<byte[]> frames;
    private CallKey key;
    private final List<CallEvent> events = new CopyOnWriteArrayList<>();
    private GatewayConfig config;

    @BeforeEach
    void oneCallOfARealRecording() throws Exception {
        settings = kafka();
        pcm = digits();
        frames = frames(pcm);
        key = new CallKey(new DeviceId(DEVICE), CallId.of(UUID.randomUUID()));
        config = GatewayConfig.defaults(data).withPorts(0, 0);
    }

    /**
     * The phone streams to A for longer than B's checks take while B runs beside it: B must take A, a live member,
     * for alive, and the call ends once, by the phone's eof, with every byte on the audio topic.
     */
    @Test
    void aPhoneCallOnALiveNodeIsStoredWholeAndLeftToItsNode() throws Exception {
        try (CallEventBus watch = new KafkaCallEventBus(settings, "phone-watch-" + key.call(), "watch");
             ClusterGateway a = ClusterGateway.start(settings, new NodeName("phone-a"), config, DEVICES);
             ClusterGateway b = ClusterGateway.start(settings, new NodeName("phone-b"), config, DEVICES);
             HttpClient http = HttpClient.newHttpClient()) {
            collect(watch, key.productId(), events);
            String config = "{\"config\": {\"sample_rate\": 16000, \"device_id\": \"" + DEVICE + "\", \"token\": \""
                    + SECRET + "\", \"call_id\": \"" + key.call().value() + "\"}}";
            try (PhoneConnection phone = PhoneConnection.open(http, URI.create("ws://127.0.0.1:" + a.phonePort()),
                    config, WAIT)) {
                for (byte[] frame : frames) {
                    phone.send(ByteBuffer.wrap(frame));
                    phone.awaitReply();
                    TimeUnit.MILLISECONDS.sleep(100); // 4+ s in all: B checks for abandoned calls every 2 s
                }
                phone.sendEof();
                assertTrue(phone.awaitReply().contains("\"text\""), "the answer to eof is the final result");
            }
            TestKafka.await("the call's Ended event", WAIT,
                    () -> events.stream().anyMatch(e -> e instanceof CallEvent.Ended));
        }
        assertEquals(List.of("Started", "Ended"), events.stream().map(e -> e.getClass().getSimpleName()).toList());
        CallEvent.Ended ended = (CallEvent.Ended) events.get(1);
        assertEquals(CallEvent.EndReason.COMPLETED, ended.reason(), "ended by the phone's eof, not as abandoned");
        assertEquals(pcm.length, ended.audioBytes());
        List<AudioRecord> records = audioRecords(settings, key.productId());
        assertEquals(LongStream.range(0, frames.size()).boxed().toList(), sequences(records));
        assertArrayEquals(sha256(pcm), sha256(audio(records)), "the audio topic holds the phone's bytes");
        assertEquals(new AudioRecord.End(key, frames.size()), records.getLast());
    }

    /**
     * A node that died: it wrote the call's open-calls record and Kafka acknowledged 10 of its chunks, then nothing
     * (no end, no Ended, and it is no member of the gateways' group). B ends the call with exactly those chunks.
     */
    @Test
    void aPhoneCallOfADeadNodeIsEndedByALiveNodeWithWhatKafkaAcknowledged() throws Exception {
        int acknowledged = 10;
        CallMetadata phoneCall = new CallMetadata(key, "", "acct-1", CallSource.PHONE,
                new StreamFormat(16_000, ChannelLayout.MONO), Instant.now(), false);
        try (CallEventBus watch = new KafkaCallEventBus(settings, "phone-watch-" + key.call(), "watch")) {
            collect(watch, key.productId(), events);
            callOfADeadNode(settings, "dead-node.1", phoneCall, frames, acknowledged);

            try (ClusterGateway b = ClusterGateway.start(settings, new NodeName("phone-b2"), config, DEVICES)) {
                TestKafka.await("a live node ends the dead node's phone call", WAIT,
                        () -> events.stream().anyMatch(e -> e instanceof CallEvent.Ended));
                TestKafka.await("the call is no longer open on B", WAIT, () -> b.openCalls() == 0);
            }
        }
        assertEquals(List.of("Started", "Ended"), events.stream().map(e -> e.getClass().getSimpleName()).toList());
        CallEvent.Ended ended = (CallEvent.Ended) events.get(1);
        assertEquals(CallEvent.EndReason.ABANDONED, ended.reason());
        byte[] stored = Arrays.copyOf(pcm, acknowledged * ClusterCalls.FRAME_BYTES);
        assertEquals(stored.length, ended.audioBytes(), "the call holds what Kafka acknowledged");
        List<AudioRecord> records = audioRecords(settings, key.productId());
        assertEquals(LongStream.range(0, acknowledged).boxed().toList(), sequences(records), "no chunk twice");
        assertArrayEquals(sha256(stored), sha256(audio(records)));
        assertEquals(new AudioRecord.End(key, acknowledged), records.getLast(), "one end, after the last chunk");
    }
}
