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
import com.voiceqa.gateway.call.CallIdTakenException;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

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
    private final OpenCallsBus openCalls;

    /** @param openCalls this node's writer of the open-calls topic, where a takeover is claimed */
    public KafkaCallTakeover(KafkaSettings settings, OpenCallsBus openCalls, String clientId, Duration timeout) {
        this.openCalls = openCalls;
        this.settings = settings;
        this.clientId = clientId;
        this.timeout = timeout;
    }

    @Override
    public Optional<Handover> find(CallKey key) throws IOException, CallIdTakenException {
        String callId = key.productId();
        Optional<ConsumerRecord<String, byte[]>> latest = latestOpenCall(callId);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        if (latest.get().value() == null) { // the tombstone of a call another node ended
            throw new CallIdTakenException(key);
        }
        CallEvent.Started started = startedIn(latest.get());
        if (!started.call().key().equals(key)) {
            throw new IOException("the open-calls record of " + callId + " names call " + started.call().key());
        }
        long openedAt = latest.get().timestamp();
        return Optional.of(new Handover() {
            @Override
            public CallMetadata metadata() {
                return started.call();
            }

            @Override
            public void replay(AudioSink sink) throws IOException {
                replayAudio(callId, openedAt, sink);
            }

            @Override
            public void claim() throws IOException, InterruptedException {
                try {
                    openCalls.claim(started, openedAt).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    throw new IOException("could not record the takeover of call " + callId + " in Kafka: " + e, e);
                }
            }
        });
    }

    /** True when the latest open-calls record is another node's claim, or the call's end (a tombstone). */
    @Override
    public boolean continuedElsewhere(CallKey key) throws IOException {
        return latestOpenCall(key.productId()).map(r -> r.value() == null || openCalls.heldByAnother(r)).orElse(false);
    }

    private Optional<ConsumerRecord<String, byte[]>> latestOpenCall(String callId) throws IOException {
        AtomicReference<ConsumerRecord<String, byte[]>> latest = new AtomicReference<>();
        readPartition(OpenCallsTopic.name(settings), callId, consumer -> { }, latest::set);
        return Optional.ofNullable(latest.get());
    }

    private static CallEvent.Started startedIn(ConsumerRecord<String, byte[]> record) throws IOException {
        try {
            if (CallEventJson.decode(record.value()) instanceof CallEvent.Started started) {
                return started;
            }
        } catch (MalformedRecordException e) {
            throw new IOException("the open-calls record at offset " + record.offset() + " does not decode: "
                    + e.getMessage(), e);
        }
        throw new IOException("the open-calls record at offset " + record.offset() + " is not a Started event");
    }

    /** Hands the call's chunks 0, 1, 2... to {@code sink} as the audio topic holds them. */
    private void replayAudio(String callId, long openedAt, AudioSink sink) throws IOException {
        AtomicLong next = new AtomicLong();
        readPartition(settings.audioTopic(), callId, consumer -> seekBefore(consumer, openedAt), record -> {
            switch (decode(record)) {
                case AudioRecord.Chunk(var chunk) when chunk.sequence() == next.get() -> {
                    sink.accept(chunk.pcm());
                    next.incrementAndGet();
                }
                case AudioRecord.Chunk(var chunk) when chunk.sequence() < next.get() -> {
                    // a repeat of a chunk whose first append failed: readers drop it by sequence
                }
                case AudioRecord.Chunk chunk -> throw new IOException("the audio of call " + callId + " jumps from "
                        + "chunk " + (next.get() - 1) + " to " + chunk.chunk().sequence() + " at offset "
                        + record.offset());
                case AudioRecord.End end -> throw new IOException("call " + callId + " ended meanwhile");
            }
        });
    }

    private static AudioRecord decode(ConsumerRecord<String, byte[]> record) throws IOException {
        try {
            return AudioRecordCodec.decode(record.value());
        } catch (MalformedRecordException e) {
            throw new IOException("audio record at offset " + record.offset() + ": " + e.getMessage(), e);
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

    private interface Start {
        void at(KafkaConsumer<String, byte[]> consumer);
    }

    /** Receives the records keyed by the call, in order; an exception stops the read. */
    private interface Visitor {
        void visit(ConsumerRecord<String, byte[]> record) throws IOException;
    }

    /**
     * Reads the call's partition of {@code topic} from where {@code start} puts it (the beginning unless it seeks)
     * up to the end it has now, visiting the records keyed by the call.
     */
    private void readPartition(String topic, String callId, Start start, Visitor visitor) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> consumer = KafkaClients.consumer(settings, clientId, clientId, "earliest")) {
            int partitions = consumer.partitionsFor(topic, timeout).size();
            TopicPartition tp = new TopicPartition(topic, CallIdPartitioner.partitionOf(callId, partitions));
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            start.at(consumer);
            long end = consumer.endOffsets(List.of(tp), timeout).get(tp);
            while (consumer.position(tp, timeout) < end) {
                if (System.nanoTime() > deadline) {
                    throw new IOException("reading " + tp + " for call " + callId + " took over "
                            + timeout.toSeconds() + " s; Kafka is slow or unreachable");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() < end && callId.equals(record.key())) {
                        visitor.visit(record);
                    }
                }
            }
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new IOException("cannot read " + topic + " for call " + callId + ": " + e.getMessage(), e);
        }
    }
}
