package com.voiceqa.bus.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.Properties;

/** The one place the cluster's producer and consumer settings are chosen. */
public final class KafkaClients {

    /**
     * The largest record any VoiceQA topic takes (producer {@code max.request.size}, topic {@code max.message.bytes}):
     * an audio chunk of {@link com.voiceqa.core.audio.AudioChunk#MAX_PCM_BYTES} and its header, or an {@code Ended}
     * event with a long call's transcript.
     */
    public static final int MAX_RECORD_BYTES = 4 << 20;

    private KafkaClients() {
    }

    /**
     * An idempotent producer with {@code acks=all}: a record is acknowledged once every in-sync replica has it, and
     * the producer's retries neither duplicate nor reorder it. Keys are call ids, placed by {@link CallIdPartitioner}.
     */
    public static Properties producer(KafkaSettings settings, String clientId) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5); // the most idempotence keeps in order
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // the sender thread waits this long for a broker's metadata before failing the record, not a minute
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_RECORD_BYTES);
        p.put(ProducerConfig.PARTITIONER_CLASS_CONFIG, CallIdPartitioner.class.getName());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return p;
    }

    /**
     * A consumer in {@code groupId} that commits by hand (after the work is done: at least once) and starts a new
     * group at {@code startAt} ({@code earliest} or {@code latest}).
     */
    public static KafkaConsumer<String, byte[]> consumer(KafkaSettings settings, String groupId, String clientId,
                                                         String startAt) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, startAt);
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) settings.sessionTimeout().toMillis());
        p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) settings.sessionTimeout().toMillis() / 3);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return new KafkaConsumer<>(p);
    }
}
