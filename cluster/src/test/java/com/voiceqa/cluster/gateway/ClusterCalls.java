package com.voiceqa.cluster.gateway;

import com.voiceqa.asr.TestResources;
import com.voiceqa.bus.kafka.KafkaClients;
import com.voiceqa.bus.kafka.KafkaSettings;
import com.voiceqa.bus.kafka.TestKafka;
import com.voiceqa.bus.kafka.audio.AudioRecord;
import com.voiceqa.bus.kafka.audio.AudioRecordCodec;
import com.voiceqa.bus.kafka.audio.KafkaAudioLog;
import com.voiceqa.bus.kafka.events.KafkaCallEventBus;
import com.voiceqa.cluster.ClusterKafka;
import com.voiceqa.cluster.takeover.OpenCallsBus;
import com.voiceqa.core.audio.AudioChunk;
import com.voiceqa.core.events.CallEvent;
import com.voiceqa.core.events.CallEventBus;
import com.voiceqa.core.events.CallMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the gateway failover tests read and send: a recording's frames, a call's events and audio records. */
final class ClusterCalls {

    static final Duration WAIT = Duration.ofSeconds(30);
    /** 0.2 s of 16 kHz mono 16-bit audio per frame, as badges send. */
    static final int FRAME_BYTES = 6_400;

    private ClusterCalls() {
    }

    /** Adds {@code callId}'s events on {@code bus} to {@code events}. */
    static void collect(CallEventBus bus, String callId, List<CallEvent> events) {
        bus.subscribe(event -> {
            if (event.callId().equals(callId)) {
                events.add(event);
            }
        });
    }

    /** The test broker, its topics created as a node's start does. */
    static KafkaSettings kafka() throws InterruptedException {
        return ClusterKafka.connect(TestKafka.broker().getBrokersAsString(), WAIT);
    }

    /** The PCM of {@code real-en/digits-16k.wav} (8.3 s, 16 kHz mono), the recording every failover test streams. */
    static byte[] digits() throws Exception {
        try (var in = AudioSystem.getAudioInputStream(TestResources.realEnglish("digits-16k.wav").toFile())) {
            return in.readAllBytes();
        }
    }

    static List<byte[]> frames(byte[] pcm) {
        List<byte[]> frames = new ArrayList<>();
        for (int at = 0; at < pcm.length; at += FRAME_BYTES) {
            frames.add(Arrays.copyOfRange(pcm, at, Math.min(pcm.length, at + FRAME_BYTES)));
        }
        return frames;
    }

    static byte[] sha256(byte[] bytes) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }

    /** The call's records on the audio topic, up to and including its end. */
    static List<AudioRecord> audioRecords(KafkaSettings settings, String callId) throws Exception {
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

    /**
     * What a gateway node that then died leaves in Kafka: the call's open-calls record naming {@code node}, and its
     * first {@code acknowledged} frames on the audio topic; no end, no Ended, and {@code node} is in no group.
     */
    static void callOfADeadNode(KafkaSettings settings, String node, CallMetadata call, List<byte[]> frames,
                                int acknowledged) throws Exception {
        OpenCallsBus deadEvents = new OpenCallsBus(settings,
                new KafkaCallEventBus(settings, node + "-events", node + "-events"), node, node + "-open-calls");
        try (KafkaAudioLog deadAudio = new KafkaAudioLog(settings, node + "-audio", 1 << 20)) {
            deadEvents.publish(new CallEvent.Started(call));
            for (int seq = 0; seq < acknowledged; seq++) {
                AudioChunk chunk = seq == 0 ? AudioChunk.first(call.key(), call.format(), frames.getFirst())
                        : AudioChunk.next(call.key(), seq, frames.get(seq));
                deadAudio.append(chunk).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
        } finally {
            deadEvents.close();
        }
    }

    /** The chunks' sequences in the order the log holds them. */
    static List<Long> sequences(List<AudioRecord> records) {
        return records.stream().filter(r -> r instanceof AudioRecord.Chunk)
                .map(r -> ((AudioRecord.Chunk) r).chunk().sequence()).toList();
    }

    /** The chunks' audio, concatenated in log order. */
    static byte[] audio(List<AudioRecord> records) {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        records.stream().filter(r -> r instanceof AudioRecord.Chunk)
                .forEach(r -> log.writeBytes(((AudioRecord.Chunk) r).chunk().pcm()));
        return log.toByteArray();
    }
}
