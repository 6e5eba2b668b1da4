package com.voiceqa.bus.kafka.audio;

import com.voiceqa.bus.kafka.KafkaClients;
import com.voiceqa.bus.kafka.KafkaSettings;
import com.voiceqa.bus.kafka.TestKafka;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.audio.AudioChunk;
import com.voiceqa.core.id.CallId;
import com.voiceqa.core.id.CallKey;
import com.voiceqa.core.id.DeviceId;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class KafkaAudioLogTest {

    private static final CallKey CALL = new CallKey(new DeviceId("badge-1"), new CallId("audio-log-call"));
    @Test
    void anAppendCompletesWhenTheBrokerHasTheRecordInOrder() throws Exception {
        KafkaSettings settings = TestKafka.topics("log-", 2);
        List<CompletableFuture<Void>> appends = new ArrayList<>();
        try (KafkaAudioLog log = new KafkaAudioLog(settings, "gateway-1", KafkaAudioLog.DEFAULT_MAX_PENDING_BYTES)) {
            appends.add(log.append(AudioChunk.first(CALL, new StreamFormat(16000, ChannelLayout.MONO), pcm(0))));
            for (int seq = 1; seq < 5; seq++) {
                appends.add(log.append(AudioChunk.next(CALL, seq, pcm(seq))));
            }
            appends.add(log.end(CALL, 5));
            CompletableFuture.allOf(appends.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        }
        // read back from the broker (the producer is closed): every completed append is there, in order
        List<AudioRecord> stored = readAll(settings);
        assertEquals(6, stored.size());
        for (int seq = 0; seq < 5; seq++) {
            AudioChunk chunk = ((AudioRecord.Chunk) stored.get(seq)).chunk();
            assertEquals(seq, chunk.sequence());
            assertArrayEquals(pcm(seq), chunk.pcm());
        }
        assertEquals(new AudioRecord.End(CALL, 5), stored.get(5));
    }

    @Test
    void anAppendThatNoBrokerTookFailsAndIsNeverAcknowledged() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        KafkaSettings nowhere = KafkaSettings.of("127.0.0.1:" + closedPort);
        try (KafkaAudioLog log = new KafkaAudioLog(nowhere, "gateway-2", KafkaAudioLog.DEFAULT_MAX_PENDING_BYTES)) {
            CompletableFuture<Void> append = log.append(
                    AudioChunk.first(CALL, new StreamFormat(16000, ChannelLayout.MONO), pcm(0)));
            Thread.sleep(1_000);
            assertFalse(append.isDone(), "acknowledged without a broker");
            ExecutionException failure = assertThrows(ExecutionException.class, () -> append.get(30, TimeUnit.SECONDS));
            assertEquals(org.apache.kafka.common.errors.TimeoutException.class, failure.getCause().getClass());
        }
    }

    @Test
    void aFullQueueFailsAtOnceInsteadOfBlocking() throws Exception {
        KafkaSettings settings = TestKafka.topics("full-", 1);
        try (KafkaAudioLog log = new KafkaAudioLog(settings, "gateway-3", 100)) {
            CompletableFuture<Void> tooMuch = log.append(AudioChunk.next(CALL, 1, new byte[4096]));
            assertEquals("java.util.concurrent.RejectedExecutionException",
                    assertThrows(ExecutionException.class, tooMuch::get).getCause().getClass().getName());
        }
    }

    private static byte[] pcm(int seq) {
        byte[] pcm = new byte[640];
        java.util.Arrays.fill(pcm, (byte) seq);
        return pcm;
    }

    private static List<AudioRecord> readAll(KafkaSettings settings) {
        List<AudioRecord> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = KafkaClients.consumer(settings, "reader", "reader", "earliest")) {
            int partitions = consumer.partitionsFor(settings.audioTopic()).size();
            List<TopicPartition> all = new ArrayList<>();
            for (int p = 0; p < partitions; p++) {
                all.add(new TopicPartition(settings.audioTopic(), p));
            }
            consumer.assign(all);
            consumer.seekToBeginning(all);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (records.size() < 6 && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    assertEquals(CALL.productId(), record.key());
                    records.add(AudioRecordCodec.decode(record.value()));
                }
            }
        }
        return records;
    }
}
