package com.voiceqa.bus.kafka.asr;

import com.voiceqa.bus.kafka.KafkaClients;
import com.voiceqa.bus.kafka.KafkaSettings;
import com.voiceqa.bus.kafka.TestKafka;
import com.voiceqa.core.id.CallKey;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Reads a segments topic from its start into a {@link TranscriptAssembler}, counting how often each key came. */
final class SegmentTopicReader implements AutoCloseable {

    final TranscriptAssembler assembler = new TranscriptAssembler();
    final Map<String, Integer> timesSeen = new HashMap<>();
    private final KafkaConsumer<String, byte[]> consumer;

    SegmentTopicReader(KafkaSettings settings) {
        consumer = KafkaClients.consumer(settings, "test-reader", "test-reader", "earliest");
        int partitions = consumer.partitionsFor(settings.segmentsTopic()).size();
        List<TopicPartition> all = IntStream.range(0, partitions)
                .mapToObj(p -> new TopicPartition(settings.segmentsTopic(), p)).toList();
        consumer.assign(all);
        consumer.seekToBeginning(all);
    }

    /** Reads what arrived (waiting up to 100 ms). */
    void poll() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
            timesSeen.merge(record.key(), 1, Integer::sum);
            assembler.accept(SegmentRecord.decode(record.key(), record.value()));
        }
    }

    /** Reads until every one of {@code calls} is complete; fails after {@code timeout}. */
    void awaitComplete(String what, Duration timeout, CallKey... calls) throws InterruptedException {
        TestKafka.await(what + " complete", timeout, () -> {
            poll();
            return Arrays.stream(calls).allMatch(c -> assembler.segments(c.productId()).isPresent());
        });
    }

    @Override
    public void close() {
        consumer.close();
    }
}
