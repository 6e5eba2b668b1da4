package com.voiceqa.cluster.gateway;

import com.voiceqa.asr.AsrConfig;
import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.TestResources;
import com.voiceqa.asr.WordAccuracy;
import com.voiceqa.badge.Payloads;
import com.voiceqa.badge.client.BadgeClient;
import com.voiceqa.bus.kafka.KafkaClients;
import com.voiceqa.bus.kafka.KafkaSettings;
import com.voiceqa.bus.kafka.TestKafka;
import com.voiceqa.bus.kafka.asr.AsrWorker;
import com.voiceqa.bus.kafka.asr.SegmentRecord;
import com.voiceqa.bus.kafka.asr.TranscriptAssembler;
import com.voiceqa.bus.kafka.audio.AudioRecord;
import com.voiceqa.bus.kafka.events.KafkaCallEventBus;
import com.voiceqa.cluster.NodeName;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.Segment;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.events.CallEvent;
import com.voiceqa.core.events.CallEventBus;
import com.voiceqa.core.id.CallId;
import com.voiceqa.core.id.CallKey;
import com.voiceqa.core.id.DeviceId;
import com.voiceqa.gateway.auth.FileDeviceDirectory;
import com.voiceqa.gateway.config.GatewayConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.SocketFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static com.voiceqa.cluster.gateway.ClusterCalls.WAIT;
import static com.voiceqa.cluster.gateway.ClusterCalls.audio;
import static com.voiceqa.cluster.gateway.ClusterCalls.audioRecords;
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
 * Two gateway nodes on one real Kafka broker: a badge streams a real recording to node A, A is closed mid-call, the
 * badge reconnects to node B and RESUMEs. Kafka then holds every byte once, in order, B's summary matches what the
 * badge recorded, and an ASR worker transcribes the call as a whole-file decode does.
 */
class GatewayFailoverTest {

    private static final String DEVICE = "badge-7";
    private static final String SECRET = "failover-test-secret-0123456789abcdef";

    private static final StreamFormat FORMAT = new StreamFormat(16_000, new ChannelLayout(List.of("rep")));
    private static final FileDeviceDirectory DEVICES = FileDeviceDirectory.of(Map.of(DEVICE, SECRET));

    @TempDir
    Path data;
    private KafkaSettings settings;
    private byte[] pcm;
    private List<byte[]> frames;
    private UUID callUuid;
    private String callId;
    private final List<CallEvent> events = new CopyOnWriteArrayList<>();
    private GatewayConfig config;

    @BeforeEach
    void oneCallOfARealRecording() throws Exception {
        settings = kafka();
        pcm = digits();
        frames = frames(pcm);
        callUuid = UUID.randomUUID();
        callId = new CallKey(new DeviceId(DEVICE), CallId.of(callUuid)).productId();
        config = GatewayConfig.defaults(data).withPorts(0, 0);
    }

    @Test
    void aBadgeResumesOnAnotherGatewayAndNothingIsLostOrRepeated() throws Exception {

        try (CallEventBus watch = new KafkaCallEventBus(settings, "failover-watch-" + callUuid, "watch");
             ClusterGateway b = ClusterGateway.start(settings, new NodeName("b"), config, DEVICES)) {
            collect(watch, callId, events);
            ClusterGateway a = ClusterGateway.start(settings, new NodeName("a"), config, DEVICES);
            int half = frames.size() / 2;
            try (BadgeClient first = badge(a)) {
                assertEquals(0, first.startCall(callUuid, callStart(), WAIT));
                for (int seq = 1; seq <= half + 5; seq++) {
                    first.audio(callUuid, seq, frames.get(seq - 1));
                }
                first.awaitAck(callUuid, half, WAIT); // the last 5 may or may not be stored when A goes
                a.close();
            }
            try (var folders = Files.list(data)) {
                assertEquals(1, folders.filter(p -> p.getFileName().toString().startsWith("gateway-")).count(),
                        "A deleted its scratch folder, B keeps its own");
            }

            try (BadgeClient second = badge(b)) {
                long stored = second.resume(callUuid, WAIT);
                assertTrue(stored >= half && stored <= half + 5,
                        "B resumes where A's acknowledged audio ends: " + stored);
                for (long seq = stored + 1; seq <= frames.size(); seq++) {
                    second.audio(callUuid, seq, frames.get((int) seq - 1));
                }
                second.awaitAck(callUuid, frames.size(), WAIT);
                Payloads.CallSummary summary = second.endCall(callUuid, frames.size(), WAIT);
                assertEquals(pcm.length, summary.audioBytes(), "B's summary counts the whole call");
                assertArrayEquals(sha256(pcm), summary.sha256(), "B's summary hashes the whole call");
            }
            TestKafka.await("the call's Ended event", WAIT,
                    () -> events.stream().anyMatch(e -> e instanceof CallEvent.Ended));
        }
        assertEquals(List.of("Started", "Ended"), events.stream().map(e -> e.getClass().getSimpleName()).toList(),
                "one Started (from A) and one Ended (from B): the takeover is invisible to listeners");
        assertEquals(pcm.length, ((CallEvent.Ended) events.get(1)).audioBytes());

        List<AudioRecord> records = audioRecords(settings, callId);
        assertEquals(java.util.stream.LongStream.range(0, frames.size()).boxed().toList(), sequences(records),
                "every chunk exactly once, in order");
        assertArrayEquals(sha256(pcm), sha256(audio(records)), "the audio topic holds the recording's bytes");
        assertEquals(new AudioRecord.End(records.getLast().call(), frames.size()), records.getLast());

        try (AsrEngine engine = AsrEngine.load(AsrConfig.of(TestResources.testModel()))) {
            String whole = text(engine.transcribe(TestResources.realEnglish("digits-16k.wav"), FORMAT.layout(),
                    (done, total) -> { }).segments());
            AsrWorker worker = new AsrWorker(settings, "failover-asr-" + callUuid, "w1", engine);
            try {
                List<Segment> live = transcript(settings, callId);
                double accuracy = WordAccuracy.of(whole, text(live));
                assertTrue(accuracy >= 0.8, "cluster transcript '" + text(live) + "' vs whole file '" + whole
                        + "': word accuracy " + accuracy);
            } finally {
                worker.close();
            }
        }
    }

    /**
     * Gateway A stays up while its badge moves to B (a network path broke, not A): A must leave the call to B when
     * it would expire it, not end it a second time with the audio it had.
     */
    @Test
    void aLiveGatewayLeavesAMovedCallToTheNodeThatContinuesIt() throws Exception {
        GatewayConfig quickToExpire = config.withLimits(config.limits().withStaleCallTimeout(Duration.ofSeconds(1)));
        int half = frames.size() / 2;

        try (CallEventBus watch = new KafkaCallEventBus(settings, "moved-watch-" + callUuid, "watch");
             ClusterGateway b = ClusterGateway.start(settings, new NodeName("b2"), config, DEVICES)) {
            collect(watch, callId, events);
            ClusterGateway a = ClusterGateway.start(settings, new NodeName("a2"), quickToExpire, DEVICES);
            BadgeClient first = badge(a);
            first.startCall(callUuid, callStart(), WAIT);
            for (int seq = 1; seq <= half; seq++) {
                first.audio(callUuid, seq, frames.get(seq - 1));
            }
            first.awaitAck(callUuid, half, WAIT);
            try (BadgeClient second = badge(b)) {
                assertEquals(half, second.resume(callUuid, WAIT));
                first.close(); // A keeps running: its call has no connection now and expires after 1 s
                for (long seq = half + 1; seq <= frames.size(); seq++) {
                    second.audio(callUuid, seq, frames.get((int) seq - 1));
                }
                assertEquals(pcm.length, second.endCall(callUuid, frames.size(), WAIT).audioBytes());
            }
            TestKafka.await("A gives the expired call up", WAIT, () -> a.openCalls() == 0);
            a.close(); // sends whatever A did with the call before we look
            TestKafka.await("the call's Ended event", WAIT,
                    () -> events.stream().anyMatch(e -> e instanceof CallEvent.Ended));
        }
        assertEquals(List.of("Started", "Ended"), events.stream().map(e -> e.getClass().getSimpleName()).toList());
        List<AudioRecord> records = audioRecords(settings, callId);
        assertEquals(frames.size() + 1, records.size(), "every chunk once and one end: A wrote no end of its own");
        assertEquals(new AudioRecord.End(records.getLast().call(), frames.size()), records.getLast());
    }

    private static BadgeClient badge(ClusterGateway gateway) throws Exception {
        BadgeClient client = BadgeClient.connect(SocketFactory.getDefault(), "127.0.0.1", gateway.badgePort());
        client.authenticate(DEVICE, SECRET.getBytes(StandardCharsets.UTF_8), WAIT);
        return client;
    }

    private static Payloads.CallStart callStart() {
        return new Payloads.CallStart(FORMAT, Instant.now(), false, "rep-1", "acct-1");
    }

    private static String text(List<Segment> segments) {
        return segments.stream().map(Segment::text).collect(Collectors.joining(" "));
    }

    /** The call's complete transcript from the segments topic, as a reader assembles it. */
    private static List<Segment> transcript(KafkaSettings settings, String callId) throws Exception {
        TranscriptAssembler assembler = new TranscriptAssembler();
        Optional<List<Segment>>[] done = new Optional[] {Optional.empty()};
        try (KafkaConsumer<String, byte[]> consumer = KafkaClients.consumer(settings, "failover-segments-" + callId,
                "failover-segments", "earliest")) {
            consumer.subscribe(List.of(settings.segmentsTopic()));
            TestKafka.await("the call's complete transcript", Duration.ofMinutes(2), () -> {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.key().startsWith(callId)) {
                        assembler.accept(SegmentRecord.decode(r.key(), r.value()));
                    }
                }
                done[0] = assembler.segments(callId);
                return done[0].isPresent();
            });
        }
        return done[0].get();
    }
}
