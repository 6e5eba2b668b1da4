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
import com.voiceqa.bus.kafka.audio.AudioRecordCodec;
import com.voiceqa.bus.kafka.events.KafkaCallEventBus;
import com.voiceqa.cluster.ClusterKafka;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.SocketFactory;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two gateway nodes on one real Kafka broker: a badge streams a real recording to node A, A is closed mid-call, the
 * badge reconnects to node B and RESUMEs. Kafka then holds every byte once, in order, B's summary matches what the
 * badge recorded, and an ASR worker transcribes the call as a whole-file decode does.
 */
class GatewayFailoverTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String DEVICE = "badge-7";
    private static final String SECRET = "failover-test-secret-0123456789abcdef";
    /** 0.2 s of 16 kHz mono 16-bit audio per frame, as badges send. */
    private static final int FRAME_BYTES = 6_400;

    @TempDir
    Path data;

    @Test
    void aBadgeResumesOnAnotherGatewayAndNothingIsLostOrRepeated() throws Exception {
        KafkaSettings settings = ClusterKafka.connect(TestKafka.broker().getBrokersAsString(), WAIT);
        byte[] pcm = pcmOf(TestResources.realEnglish("digits-16k.wav"));
        List<byte[]> frames = frames(pcm);
        UUID callUuid = UUID.randomUUID();
        String callId = new CallKey(new DeviceId(DEVICE), CallId.of(callUuid)).productId();
        StreamFormat format = new StreamFormat(16_000, new ChannelLayout(List.of("rep")));
        List<CallEvent> events = new CopyOnWriteArrayList<>();
        GatewayConfig config = GatewayConfig.defaults(data).withPorts(0, 0);
        var devices = FileDeviceDirectory.of(Map.of(DEVICE, SECRET));
        byte[] secret = SECRET.getBytes(StandardCharsets.UTF_8);

        try (CallEventBus watch = new KafkaCallEventBus(settings, "failover-watch-" + callUuid, "watch");
             ClusterGateway b = ClusterGateway.start(settings, new NodeName("b"), config, devices)) {
            watch.subscribe(event -> {
                if (event.callId().equals(callId)) {
                    events.add(event);
                }
            });
            ClusterGateway a = ClusterGateway.start(settings, new NodeName("a"), config, devices);
            int half = frames.size() / 2;
            try (BadgeClient first = BadgeClient.connect(SocketFactory.getDefault(), "127.0.0.1", a.badgePort())) {
                first.authenticate(DEVICE, secret, WAIT);
                assertEquals(0, first.startCall(callUuid, new Payloads.CallStart(format, Instant.now(), false,
                        "rep-1", "acct-1"), WAIT));
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

            try (BadgeClient second = BadgeClient.connect(SocketFactory.getDefault(), "127.0.0.1", b.badgePort())) {
                second.authenticate(DEVICE, secret, WAIT);
                long stored = second.resume(callUuid, WAIT);
                assertTrue(stored >= half && stored <= half + 5, "B resumes where A's acknowledged audio ends: " + stored);
                for (long seq = stored + 1; seq <= frames.size(); seq++) {
                    second.audio(callUuid, seq, frames.get((int) seq - 1));
                }
                second.awaitAck(callUuid, frames.size(), WAIT);
                Payloads.CallSummary summary = second.endCall(callUuid, frames.size(), WAIT);
                assertEquals(pcm.length, summary.audioBytes(), "B's summary counts the whole call");
                assertArrayEquals(sha256(pcm), summary.sha256(), "B's summary hashes the whole call");
            }
            TestKafka.await("the call's Ended event", WAIT, () -> events.stream().anyMatch(e -> e instanceof CallEvent.Ended));
        }
        assertEquals(List.of("Started", "Ended"), events.stream().map(e -> e.getClass().getSimpleName()).toList(),
                "one Started (from A) and one Ended (from B): the takeover is invisible to listeners");
        assertEquals(pcm.length, ((CallEvent.Ended) events.get(1)).audioBytes());

        List<AudioRecord> records = audioRecords(settings, callId);
        List<Long> sequences = records.stream().filter(r -> r instanceof AudioRecord.Chunk)
                .map(r -> ((AudioRecord.Chunk) r).chunk().sequence()).toList();
        assertEquals(java.util.stream.LongStream.range(0, frames.size()).boxed().toList(), sequences,
                "every chunk exactly once, in order");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        records.stream().filter(r -> r instanceof AudioRecord.Chunk)
                .forEach(r -> log.writeBytes(((AudioRecord.Chunk) r).chunk().pcm()));
        assertArrayEquals(sha256(pcm), sha256(log.toByteArray()), "the audio topic holds the recording's bytes");
        assertEquals(new AudioRecord.End(records.getLast().call(), frames.size()), records.getLast());

        try (AsrEngine engine = AsrEngine.load(AsrConfig.of(TestResources.testModel()))) {
            String whole = text(engine.transcribe(TestResources.realEnglish("digits-16k.wav"), format.layout(),
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

    private static byte[] pcmOf(Path wav) throws Exception {
        try (var in = AudioSystem.getAudioInputStream(wav.toFile())) {
            return in.readAllBytes();
        }
    }

    private static List<byte[]> frames(byte[] pcm) {
        List<byte[]> frames = new ArrayList<>();
        for (int at = 0; at < pcm.length; at += FRAME_BYTES) {
            frames.add(Arrays.copyOfRange(pcm, at, Math.min(pcm.length, at + FRAME_BYTES)));
        }
        return frames;
    }

    private static byte[] sha256(byte[] bytes) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }

    private static String text(List<Segment> segments) {
        return segments.stream().map(Segment::text).collect(Collectors.joining(" "));
    }

    /** The call's records on the audio topic, up to and including its end. */
    private static List<AudioRecord> audioRecords(KafkaSettings settings, String callId) throws Exception {
        List<AudioRecord> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = KafkaClients.consumer(settings, "failover-audio-" + callId,
                "failover-audio", "earliest")) {
            consumer.subscribe(List.of(settings.audioTopic()));
            TestKafka.await("the call's end on the audio topic", WAIT, () -> {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.key().equals(callId)) {
                        records.add(AudioRecordCodec.decode(r.value()));
                    }
                }
                return !records.isEmpty() && records.getLast() instanceof AudioRecord.End;
            });
        }
        return records;
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
                done[0] = assembler.complete(callId);
                return done[0].isPresent();
            });
        }
        return done[0].get();
    }
}
