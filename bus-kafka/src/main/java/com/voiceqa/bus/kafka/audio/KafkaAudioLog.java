package com.voiceqa.bus.kafka.audio;

import com.voiceqa.bus.kafka.KafkaClients;
import com.voiceqa.bus.kafka.KafkaSettings;
import com.voiceqa.bus.kafka.OrderedSender;
import com.voiceqa.core.audio.AudioChunk;
import com.voiceqa.core.audio.AudioLog;
import com.voiceqa.core.id.CallKey;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.util.concurrent.CompletableFuture;

/**
 * The {@link AudioLog} on Kafka: each chunk and each end is one record of the audio topic, keyed by the call's
 * product id (so one call is on one partition, in order), written by an idempotent producer with {@code acks=all}.
 * An append's future completes when the broker acknowledged the record, i.e. when every in-sync replica has it.
 */
public final class KafkaAudioLog implements AudioLog {

    /** Audio waiting for the brokers before appends fail as backpressure: about 30 s of 1,000 badges at 16 kHz. */
    public static final long DEFAULT_MAX_PENDING_BYTES = 1L << 30;

    private final String topic;
    private final OrderedSender sender;

    public KafkaAudioLog(KafkaSettings settings, String clientId, long maxPendingBytes) {
        this.topic = settings.audioTopic();
        this.sender = new OrderedSender(KafkaClients.producer(settings, clientId), "voiceqa-audio-log",
                maxPendingBytes);
    }

    @Override
    public CompletableFuture<Void> append(AudioChunk chunk) {
        return write(new AudioRecord.Chunk(chunk));
    }

    @Override
    public CompletableFuture<Void> end(CallKey call, long chunks) {
        return write(new AudioRecord.End(call, chunks));
    }

    private CompletableFuture<Void> write(AudioRecord record) {
        return sender.send(new ProducerRecord<>(topic, record.call().productId(), AudioRecordCodec.encode(record)))
                .thenApply(metadata -> null);
    }

    @Override
    public void close() {
        sender.close();
    }
}
