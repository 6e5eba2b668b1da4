package com.voiceqa.web.cluster;

import com.voiceqa.core.Transcript;
import com.voiceqa.core.metrics.CallMetrics;
import com.voiceqa.core.metrics.ChannelMetrics;
import tools.jackson.databind.json.JsonMapper;
import com.voiceqa.asr.AsrConfig;
import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.TestResources;
import com.voiceqa.asr.WordAccuracy;
import com.voiceqa.bus.kafka.asr.AsrWorker;
import com.voiceqa.bus.kafka.KafkaClients;
import com.voiceqa.bus.kafka.KafkaSettings;
import com.voiceqa.bus.kafka.TestKafka;
import com.voiceqa.bus.kafka.asr.SegmentRecord;
import com.voiceqa.bus.kafka.audio.KafkaAudioLog;
import com.voiceqa.bus.kafka.events.KafkaCallEventBus;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.Segment;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.audio.AudioChunk;
import com.voiceqa.core.events.CallEvent;
import com.voiceqa.core.events.CallMetadata;
import com.voiceqa.core.events.CallSource;
import com.voiceqa.core.id.CallId;
import com.voiceqa.core.id.CallKey;
import com.voiceqa.core.id.DeviceId;
import com.voiceqa.gateway.spool.WavWriter;
import com.voiceqa.web.VoiceQaApplication;
import com.voiceqa.rules.index.SearchRequest;
import com.voiceqa.rules.index.SearchScope;
import com.voiceqa.web.search.SearchIndex;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analytics role against a real KRaft broker: a call's events, audio and transcript segments are published the way
 * a clustered gateway and an ASR worker publish them (bus-kafka's producers), every record twice, the parts out of
 * order and records that do not decode among them, and the call must appear once: one row, done, its transcript, its
 * findings, one index document and a recording whose PCM is byte for byte what was sent. Publishing the whole call
 * again afterwards changes nothing. And with a real ASR worker between the audio and the analytics role, the
 * transcript is the one-process one.
 */
@SpringBootTest(classes = VoiceQaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"voiceqa.roles=analytics", "voiceqa.admin-password=analytics-test-2026",
                "voiceqa.kafka.topic-prefix=" + AnalyticsRoleTest.PREFIX, "voiceqa.kafka.group=" + AnalyticsRoleTest.GROUP,
                "voiceqa.kafka.partitions=2"})
class AnalyticsRoleTest {

    static final String PREFIX = "analytics-test.";
    static final String GROUP = "analytics-test";
    private static final StreamFormat STEREO = new StreamFormat(16_000, ChannelLayout.REP_CUSTOMER);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    SearchIndex index;

    private static Path data;

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) throws Exception {
        data = Files.createTempDirectory("voiceqa-analytics-test").toRealPath();
        registry.add("voiceqa.data-dir", data::toString);
        registry.add("voiceqa.shared-dir", () -> TestResources.shared().toString());
        registry.add("voiceqa.kafka.bootstrap-servers", () -> TestKafka.broker().getBrokersAsString());
    }

    @Test
    void aCallDeliveredTwiceIsStoredOnce() throws Exception {
        KafkaSettings settings = KafkaSettings.of(TestKafka.broker().getBrokersAsString()).withTopicPrefix(PREFIX);
        CallMetadata call = new CallMetadata(new CallKey(new DeviceId("badge-42"), new CallId("call-1")), "", "华东物流",
                CallSource.BADGE, STEREO, Instant.parse("2026-12-01T09:30:00Z"), false);
        List<byte[]> chunks = audio(3);
        List<Segment> transcript = List.of(
                new Segment("rep", 0.2, 1.4, "您好，我是小李", List.of()),
                new Segment("customer", 1.6, 2.6, "你们太贵了，我们准备换供应商", List.of()),
                new Segment("rep", 2.7, 2.9, "我帮您申请一下优惠", List.of()));

        publishTwice(settings, call, chunks, transcript);
        TestKafka.await("the call stored", Duration.ofSeconds(60), () -> status(call.callId()).equals(Optional.of("done")));
        awaitConsumed(settings);

        assertStoredOnce(call, chunks, transcript);
        Path wav = Path.of(jdbc.sql("SELECT audio_path FROM calls WHERE id = :id").param("id", call.callId())
                .query(String.class).single());
        FileTime written = Files.getLastModifiedTime(wav);
        Map<String, Object> findings = findings(call.callId());

        publishTwice(settings, call, chunks, transcript); // a replay of the whole call, e.g. a reset of the group
        awaitConsumed(settings);

        assertStoredOnce(call, chunks, transcript);
        assertEquals(findings, findings(call.callId()), "the findings are those of the first store");
        assertEquals(written, Files.getLastModifiedTime(wav), "the recording was not written again");
    }

    /**
     * The cluster's path with a real recognizer: a badge call's audio goes to the audio topic as a gateway appends it,
     * an ASR worker (bus-kafka, the English test model) decodes it from there, and the analytics role stores the call
     * with the transcript a one-process run of the same recording gives (word accuracy at least 0.8: decoding is not
     * bit-repeatable across recognizers) and the recording byte for byte.
     */
    @Test
    void aCallDecodedByAnAsrWorkerIsStoredWithTheOneProcessTranscript() throws Exception {
        KafkaSettings settings = KafkaSettings.of(TestKafka.broker().getBrokersAsString()).withTopicPrefix(PREFIX);
        Path recording = TestResources.realEnglish("digits-16k.wav");
        StreamFormat mono = new StreamFormat(16_000, ChannelLayout.MONO);
        CallMetadata call = new CallMetadata(new CallKey(new DeviceId("badge-7"), new CallId("digits")), "", "",
                CallSource.BADGE, mono, Instant.parse("2026-12-01T10:00:00Z"), false);
        List<byte[]> chunks = chunks(pcmOf(recording), mono.frameBytes() * mono.sampleRate() / 5); // 0.2 s each

        try (AsrEngine engine = AsrEngine.load(AsrConfig.of(TestResources.testModel()).withWorkers(1));
             AsrWorker worker = new AsrWorker(settings, "asr-test", "worker-1", engine);
             KafkaCallEventBus events = new KafkaCallEventBus(settings, "unused-publisher-group", "gateway-2");
             KafkaAudioLog audio = new KafkaAudioLog(settings, "gateway-2-audio", KafkaAudioLog.DEFAULT_MAX_PENDING_BYTES)) {
            events.publish(new CallEvent.Started(call));
            for (int i = 0; i < chunks.size(); i++) {
                audio.append(i == 0 ? AudioChunk.first(call.key(), mono, chunks.get(i))
                        : AudioChunk.next(call.key(), i, chunks.get(i))).get();
            }
            audio.end(call.key(), chunks.size()).get();
            events.publish(new CallEvent.Ended(call, Path.of("gateway-side.wav"),
                    chunks.stream().mapToLong(c -> c.length).sum(), Optional.empty(), CallEvent.EndReason.COMPLETED));
            TestKafka.await("the decoded call stored", Duration.ofMinutes(3),
                    () -> status(call.callId()).equals(Optional.of("done")));

            Transcript reference = engine.transcribe(recording, ChannelLayout.MONO, (done, total) -> { });
            String oneProcess = reference.segments().stream().map(Segment::text).collect(Collectors.joining(" "));
            String cluster = String.join(" ", jdbc.sql("SELECT content FROM segments WHERE call_id = :id ORDER BY idx")
                    .param("id", call.callId()).query(String.class).list());
            assertTrue(oneProcess.split(" ").length >= 5, "the reference has words to compare: '" + oneProcess + "'");
            double accuracy = WordAccuracy.of(oneProcess, cluster);
            assertTrue(accuracy >= 0.8, "cluster '" + cluster + "' vs one process '" + oneProcess + "': " + accuracy);
            // a mono badge call is diarized at its end, as in one process: speakers are roles, metrics are per role
            String metrics = jdbc.sql("SELECT metrics_json FROM calls WHERE id = :id").param("id", call.callId())
                    .query(String.class).single();
            assertEquals(reference.metrics().channels().stream().map(ChannelMetrics::role).toList(),
                    JsonMapper.builder().build().readTree(metrics).path("channels").valueStream()
                            .map(channel -> channel.path("role").asString()).toList(), "per-role metrics: " + metrics);
            assertEquals(List.of("rep", "customer"), reference.metrics().channels().stream()
                    .map(ChannelMetrics::role).toList());
            assertEquals(reference.segments().stream().map(Segment::speaker).distinct().sorted().toList(),
                    jdbc.sql("SELECT DISTINCT speaker FROM segments WHERE call_id = :id ORDER BY speaker")
                            .param("id", call.callId()).query(String.class).list(), "the roles one process gives");
            assertRecording(call, chunks);
            assertLiveUpdatesRelayed(settings, call.callId());
        }
    }

    /**
     * The analytics role's live page went to the live topic for the web processes ({@link LiveRelay}): the call's
     * start, what the worker's segments said, its end and its settling, in that order.
     */
    private static void assertLiveUpdatesRelayed(KafkaSettings settings, String callId) throws Exception {
        List<String> types = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = KafkaClients.consumer(settings, "live-check-" + callId,
                "live-check", "earliest")) {
            consumer.subscribe(List.of(LiveTopic.name(settings)));
            TestKafka.await("the call's live updates", Duration.ofSeconds(30), () -> {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (callId.equals(r.key())) {
                        types.add(LiveTopic.decode(r.value()).getClass().getSimpleName());
                    }
                }
                return types.contains("CallSettled");
            });
        }
        assertEquals("CallStarted", types.getFirst(), types.toString());
        assertTrue(types.contains("Segment"), "the worker's segments reached the live page: " + types);
        assertTrue(types.indexOf("Ended") > types.lastIndexOf("Segment"), types.toString());
        assertEquals("CallSettled", types.getLast(), types.toString());
    }

    private void assertStoredOnce(CallMetadata call, List<byte[]> chunks, List<Segment> transcript) throws Exception {
        assertEquals(1L, jdbc.sql("SELECT COUNT(*) FROM calls WHERE id = :id").param("id", call.callId())
                .query(Long.class).single(), "one call row");
        List<String> stored = jdbc.sql("SELECT content FROM segments WHERE call_id = :id ORDER BY idx")
                .param("id", call.callId()).query(String.class).list();
        assertEquals(transcript.stream().map(Segment::text).toList(), stored, "the transcript, each segment once");
        // a quality finding: on a three-line call the churn pack's risk model reports nothing (docs/rules.md)
        assertEquals(1L, jdbc.sql("SELECT COUNT(*) FROM rule_hits WHERE call_id = :id AND rule_id = 'closing' "
                + "AND missing = TRUE").param("id", call.callId()).query(Long.class).single(),
                () -> "the missing closing, once: " + findings(call.callId()));
        assertEquals(1L, index.search(SearchRequest.builder().query("*").limit(SearchRequest.MAX_LIMIT).build(),
                SearchScope.ALL).hits().stream().filter(hit -> hit.callId().equals(call.callId())).count(),
                "one index document");
        Path wav = Path.of(jdbc.sql("SELECT audio_path FROM calls WHERE id = :id").param("id", call.callId())
                .query(String.class).single());
        assertRecording(call, chunks);
    }

    /** The stored recording is under the data folder and holds every chunk sent, once, in order. */
    private void assertRecording(CallMetadata call, List<byte[]> chunks) throws Exception {
        Path wav = Path.of(jdbc.sql("SELECT audio_path FROM calls WHERE id = :id").param("id", call.callId())
                .query(String.class).single());
        assertTrue(wav.startsWith(data.resolve("recordings")), wav + " is under the analytics data folder");
        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        chunks.forEach(sent::update);
        assertEquals(HexFormat.of().formatHex(sent.digest()), WavWriter.describe(wav).sha256Hex(),
                "the recording holds every chunk once, in order");
        double seconds = jdbc.sql("SELECT duration_s FROM calls WHERE id = :id").param("id", call.callId())
                .query(Double.class).single();
        StreamFormat format = call.format();
        assertEquals(chunks.stream().mapToInt(c -> c.length).sum() / (double) (format.sampleRate() * format.frameBytes()),
                seconds, 1e-6);
    }

    /**
     * Every record twice and the call's parts out of order: the transcript and the gateway's end come before the audio,
     * as they may when the topics are read at different speeds.
     */
    private static void publishTwice(KafkaSettings settings, CallMetadata call, List<byte[]> chunks,
                                     List<Segment> transcript) throws Exception {
        try (KafkaCallEventBus events = new KafkaCallEventBus(settings, "unused-publisher-group", "test-gateway");
             KafkaProducer<String, byte[]> worker = new KafkaProducer<>(KafkaClients.producer(settings, "test-worker"));
             KafkaAudioLog audio = new KafkaAudioLog(settings, "test-gateway-audio", KafkaAudioLog.DEFAULT_MAX_PENDING_BYTES)) {
            // records that do not decode are skipped and hold no commit back (awaitConsumed would time out)
            worker.send(new ProducerRecord<>(settings.eventsTopic(), "dev-junk", new byte[]{'{'})).get();
            worker.send(new ProducerRecord<>(settings.audioTopic(), "dev-junk", new byte[]{1, 2, 3})).get();
            worker.send(new ProducerRecord<>(settings.segmentsTopic(), "dev-junk#0", new byte[]{'['})).get();
            for (int copy = 0; copy < 2; copy++) {
                events.publish(new CallEvent.Started(call));
            }
            for (int copy = 0; copy < 2; copy++) {
                for (int i = 0; i < transcript.size(); i++) {
                    send(worker, settings, new SegmentRecord.Utterance(call.callId(), i, transcript.get(i)));
                }
                send(worker, settings, new SegmentRecord.Completed(call.callId(), transcript.size(),
                        new Transcript(transcript, new CallMetrics(seconds(chunks), List.of(), List.of(), 0, 5,
                                List.of(), List.of()))));
            }
            long bytes = chunks.stream().mapToLong(c -> c.length).sum();
            for (int copy = 0; copy < 2; copy++) {
                events.publish(new CallEvent.Ended(call, Path.of("gateway-side.wav"), bytes, Optional.empty(),
                        CallEvent.EndReason.COMPLETED));
            }
            for (int i = 0; i < chunks.size(); i++) {
                AudioChunk chunk = i == 0 ? AudioChunk.first(call.key(), STEREO, chunks.get(i))
                        : AudioChunk.next(call.key(), i, chunks.get(i));
                audio.append(chunk).get();
                audio.append(chunk).get(); // a gateway's resend after a reconnect
            }
            audio.end(call.key(), chunks.size()).get();
            audio.end(call.key(), chunks.size()).get();
        }
    }

    /** How long {@code chunks} of the stereo test format play. */
    private static double seconds(List<byte[]> chunks) {
        return chunks.stream().mapToInt(c -> c.length).sum() / (double) (STEREO.sampleRate() * STEREO.frameBytes());
    }

    private static void send(KafkaProducer<String, byte[]> producer, KafkaSettings settings, SegmentRecord record)
            throws Exception {
        producer.send(new ProducerRecord<>(settings.segmentsTopic(), record.key(), record.value())).get();
    }

    /** Waits until the analytics group has committed every record of the three topics. */
    private static void awaitConsumed(KafkaSettings settings) throws InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                settings.bootstrapServers()))) {
            TestKafka.await("the analytics group to commit every record", Duration.ofSeconds(60), () -> {
                try {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                            .partitionsToOffsetAndMetadata().get();
                    var ends = admin.listOffsets(List.of(settings.eventsTopic(), settings.audioTopic(),
                                    settings.segmentsTopic()).stream()
                            .flatMap(topic -> List.of(new TopicPartition(topic, 0), new TopicPartition(topic, 1)).stream())
                            .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()))).all().get();
                    return ends.entrySet().stream().allMatch(end -> end.getValue().offset() == 0
                            || (committed.get(end.getKey()) != null
                            && committed.get(end.getKey()).offset() == end.getValue().offset()));
                } catch (Exception e) {
                    return false;
                }
            });
        }
    }

    private Optional<String> status(String callId) {
        return jdbc.sql("SELECT status FROM calls WHERE id = :id").param("id", callId).query(String.class).optional();
    }

    private Map<String, Object> findings(String callId) {
        return jdbc.sql("SELECT rule_id, COUNT(*) AS n FROM rule_hits WHERE call_id = :id GROUP BY rule_id")
                .param("id", callId).query((rs, n) -> Map.entry(rs.getString(1), (Object) rs.getLong(2))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static byte[] pcmOf(Path wav) throws Exception {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            return in.readAllBytes();
        }
    }

    private static List<byte[]> chunks(byte[] pcm, int size) {
        return java.util.stream.IntStream.range(0, (pcm.length + size - 1) / size)
                .mapToObj(i -> Arrays.copyOfRange(pcm, i * size, Math.min(pcm.length, (i + 1) * size))).toList();
    }

    /** {@code n} one-second stereo chunks of noise: any change of a byte changes the recording's SHA-256. */
    private static List<byte[]> audio(int n) {
        Random random = new Random(42);
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> {
            byte[] pcm = new byte[STEREO.sampleRate() * STEREO.frameBytes()];
            random.nextBytes(pcm);
            return pcm;
        }).toList();
    }
}
