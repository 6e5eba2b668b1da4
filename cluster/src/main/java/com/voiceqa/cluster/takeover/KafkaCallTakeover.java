package com.voiceqa.cluster.takeover;

import com.voiceqa.bus.kafka.CallIdPartitioner;
import com.voiceqa.bus.kafka.KafkaClients;
import com.voiceqa.bus.kafka.KafkaSettings;
import com.voiceqa.bus.kafka.MalformedRecordException;
import com.voiceqa.bus.kafka.audio.AudioRecord;
import com.voiceqa.bus.kafka.audio.AudioRecordCodec;
import com.voiceqa.bus.kafka.events.CallEventJson;
import com.voiceqa.core.events.CallEvent;
import com.voiceqa.core.events.CallMetadata;
import com.voiceqa.core.id.CallKey;
import com.voiceqa.gateway.call.CallTakeover;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a call another gateway opened in the open-calls topic and replays its acknowledged audio from the audio
 * topic (what and why: the package). Each read has its own short-lived consumer without a group (nothing is
 * committed) and gives up after the timeout with an {@link IOException}, which the device hears as a storage failure
 * to retry.
 */
public final class KafkaCallTakeover implements CallTakeover {

    private static final Duration POLL = Duration.ofMillis(200);
    /** Where the audio read starts before the call's opening: clock steps and a Started sent after chunk 0. */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(1);

    private final KafkaSettings settings;
    private final String clientId;
    private final Duration timeout;

    public KafkaCallTakeover(KafkaSettings settings, String clientId, Duration timeout) {
        this.settings = settings;
        this.clientId = clientId;
        this.timeout = timeout;
    }

    @Override
    public Optional<Handover> find(CallKey key) throws IOException {
        String callId = key.productId();
        Optional<ConsumerRecord<String, byte[]>> latest = readPartition(OpenCallsTopic.name(settings), callId,
                consumer -> { }, (record, found) -> found.last = record.value() == null ? null : record);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        CallMetadata metadata = startedIn(latest.get());
        if (!metadata.key().equals(key)) {
            throw new IOException("the open-calls record of " + callId + " names call " + metadata.key());
        }
        long openedAt = latest.get().timestamp();
        return Optional.of(new Handover() {
            @Override
            public CallMetadata metadata() {
                return metadata;
            }

            @Override
            public void replay(AudioSink sink) throws IOException {
                replayAudio(callId, openedAt, sink);
            }
        });
    }

    private static CallMetadata startedIn(ConsumerRecord<String, byte[]> record) throws IOException {
        try {
            if (CallEventJson.decode(record.value()) instanceof CallEvent.Started started) {
                return started.call();
            }
        } catch (MalformedRecordException e) {
            throw new IOException("the open-calls record at offset " + record.offset() + " does not decode: "
                    + e.getMessage(), e);
        }
        throw new IOException("the open-calls record at offset " + record.offset() + " is not a Started event");
    }

    /** Hands the call's chunks 0, 1, 2... to {@code sink} as the audio topic holds them. */
    private void replayAudio(String callId, long openedAt, AudioSink sink) throws IOException {
        long[] next = {0};
        IOException[] failure = {null};
        readPartition(settings.audioTopic(), callId, consumer -> seekBefore(consumer, openedAt), (record, found) -> {
            if (failure[0] != null) {
                return;
            }
            try {
                switch (AudioRecordCodec.decode(record.value())) {
                    case AudioRecord.Chunk(var chunk) when chunk.sequence() == next[0] -> {
                        sink.accept(chunk.pcm());
                        next[0]++;
                    }
                    case AudioRecord.Chunk(var chunk) when chunk.sequence() < next[0] -> {
                        // a repeat of a chunk whose first append failed: readers drop it by sequence
                    }
                    case AudioRecord.Chunk chunk -> failure[0] = new IOException("the audio of call " + callId
                            + " jumps from chunk " + (next[0] - 1) + " to " + chunk.chunk().sequence() + " at offset "
                            + record.offset());
                    case AudioRecord.End end -> failure[0] = new IOException("call " + callId + " ended meanwhile");
                }
            } catch (MalformedRecordException | IOException e) {
                failure[0] = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private void seekBefore(KafkaConsumer<String, byte[]> consumer, long openedAt) {
        TopicPartition tp = consumer.assignment().iterator().next();
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(
                Map.of(tp, Math.max(0, openedAt - CLOCK_SLACK.toMillis())), timeout);
        OffsetAndTimestamp at = found.get(tp);
        if (at == null) {
            consumer.seekToEnd(List.of(tp)); // nothing written since then: the call has no audio yet
        } else {
            consumer.seek(tp, at.offset());
        }
    }

    /** What a read keeps of the records keyed by the call. */
    private static final class Found {
        ConsumerRecord<String, byte[]> last;
    }

    private interface Start {
        void at(KafkaConsumer<String, byte[]> consumer);
    }

    private interface Visitor {
        void visit(ConsumerRecord<String, byte[]> record, Found found);
    }

    /**
     * Reads the call's partition of {@code topic} from where {@code start} puts it (the beginning unless it seeks)
     * up to the end it has now, visiting the records keyed by the call; returns what the visitor kept last.
     */
    private Optional<ConsumerRecord<String, byte[]>> readPartition(String topic, String callId, Start start,
                                                                   Visitor visitor) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> consumer = KafkaClients.consumer(settings, clientId, clientId, "earliest")) {
            int partitions = consumer.partitionsFor(topic, timeout).size();
            TopicPartition tp = new TopicPartition(topic, CallIdPartitioner.partitionOf(callId, partitions));
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            start.at(consumer);
            long end = consumer.endOffsets(List.of(tp), timeout).get(tp);
            Found found = new Found();
            while (consumer.position(tp, timeout) < end) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("reading " + tp + " for call " + callId + " took over "
                            + timeout.toSeconds() + " s; Kafka is slow or unreachable");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() < end && callId.equals(record.key())) {
                        visitor.visit(record, found);
                    }
                }
            }
            return Optional.ofNullable(found.last);
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new IOException("cannot read " + topic + " for call " + callId + ": " + e.getMessage(), e);
        }
    }
}
