package com.voiceqa.bus.kafka.asr;

import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.SessionClosedException;
import com.voiceqa.bus.kafka.KafkaClients;
import com.voiceqa.bus.kafka.KafkaSettings;
import com.voiceqa.bus.kafka.MalformedRecordException;
import com.voiceqa.bus.kafka.OrderedSender;
import com.voiceqa.bus.kafka.audio.AudioRecord;
import com.voiceqa.bus.kafka.audio.AudioRecordCodec;
import com.voiceqa.core.Transcript;
import com.voiceqa.core.audio.AudioChunk;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An ASR worker: a member of the {@code groupId} consumer group on the audio topic. The group gives each audio
 * partition to one worker, and a call's records are all on one partition, so one call is decoded by one worker.
 * Every final segment goes to the segments topic as soon as the recognizer emits it; a call's end record finishes
 * its session and publishes its completion with the finished transcript (refined roles of a mono call, metrics).
 *
 * <p><b>Who commits what when.</b> After each poll (and when partitions are taken away) the worker waits until the
 * segments it published are acknowledged, then commits each partition up to the first chunk of its earliest open call
 * ({@link PartitionCalls}); if a segment failed, it commits nothing and rewinds to its last commit instead. A worker
 * that dies loses its open calls' recognizers; the group gives its partitions to another worker, which starts at that
 * committed offset, so it meets each open call's first chunk again, replays the call and publishes its segments under
 * the same keys, skipping the positions the commit's metadata lists as published ({@link PublishedPositions}). Calls
 * that ended before the commit are not replayed. A dead worker is noticed after the settings' session timeout.
 */
public final class AsrWorker implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AsrWorker.class.getName());
    private static final Duration POLL = Duration.ofMillis(200);
    /** Segments waiting for the brokers; a worker that cannot publish stops consuming (the commit waits). */
    private static final long MAX_PENDING_SEGMENT_BYTES = 64L << 20;
    private static final Duration FINISH_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration FLUSH_TIMEOUT = Duration.ofMinutes(1);

    private final String name;
    private final String segmentsTopic;
    private final String audioTopic;
    private final AsrEngine engine;
    private final KafkaConsumer<String, byte[]> consumer;
    private final OrderedSender segments;
    private final Map<TopicPartition, PartitionCalls> partitions = new HashMap<>();
    /** What this worker last committed per partition: an idle poll commits nothing. */
    private final Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>();
    private final Thread thread;
    private volatile Set<TopicPartition> assignment = Set.of();
    private volatile boolean stopping;
    private volatile boolean halting;
    private volatile int callsDecoding;
    private final AtomicLong callsCompleted = new AtomicLong();
    private final AtomicLong segmentsPublished = new AtomicLong();
    /** The first segment send that failed since the last commit (set on the sender's thread). */
    private final AtomicReference<Throwable> sendFailure = new AtomicReference<>();

    /**
     * Joins the group and starts decoding on a thread of its own.
     *
     * @param name a name for logs and the Kafka client id, unique per worker
     */
    public AsrWorker(KafkaSettings settings, String groupId, String name, AsrEngine engine) {
        this.name = name;
        this.segmentsTopic = settings.segmentsTopic();
        this.engine = engine;
        this.consumer = KafkaClients.consumer(settings, groupId, name, "earliest");
        this.segments = new OrderedSender(KafkaClients.producer(settings, name + "-segments"),
                "voiceqa-segments-" + name, MAX_PENDING_SEGMENT_BYTES);
        this.audioTopic = settings.audioTopic();
        this.thread = Thread.ofPlatform().name("voiceqa-asr-worker-" + name).start(this::run);
    }

    /** What the worker has done so far, for a progress line; read from any thread. */
    public record Progress(int callsDecoding, long callsCompleted, long segmentsPublished) {
    }

    public Progress progress() {
        return new Progress(callsDecoding, callsCompleted.get(), segmentsPublished.get());
    }

    /** The audio partitions this worker holds now (for monitoring). */
    public Set<TopicPartition> assignment() {
        return assignment;
    }

    private void run() {
        try {
            consumer.subscribe(List.of(audioTopic), new Rebalance());
            while (!stopping) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    handle(record);
                }
                callsDecoding = partitions.values().stream().mapToInt(PartitionCalls::openCalls).sum();
                commit();
            }
        } catch (WakeupException e) {
            // close() or halt()
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | TimeoutException e) {
            LOG.log(Level.SEVERE, "ASR worker " + name + " stopped: " + e, e);
        } finally {
            stop();
        }
    }

    private void handle(ConsumerRecord<String, byte[]> record) throws InterruptedException, TimeoutException {
        TopicPartition tp = new TopicPartition(record.topic(), record.partition());
        PartitionCalls calls = partitions.computeIfAbsent(tp, p -> new PartitionCalls(null));
        try {
            switch (AudioRecordCodec.decode(record.value())) {
                case AudioRecord.Chunk(AudioChunk chunk) -> onChunk(calls, record, chunk);
                case AudioRecord.End end -> onEnd(calls, end.call().productId());
            }
        } catch (MalformedRecordException e) {
            LOG.warning(name + " skipped " + tp + "@" + record.offset() + ": " + e.getMessage());
        } catch (SessionClosedException e) { // e.g. closed by the engine's idle timeout during a long pause
            dropCall(calls, record.key(), e);
        }
        calls.handled(record.offset());
    }

    private void onChunk(PartitionCalls calls, ConsumerRecord<String, byte[]> record, AudioChunk chunk) {
        String callId = chunk.call().productId();
        CallDecoding call = calls.get(callId);
        if (call != null) {
            call.feed(chunk);
        } else if (chunk.format().isPresent()) {
            calls.open(callId, new CallDecoding(callId, record.offset(), calls.publishedBefore(callId), engine,
                    chunk.format().get(), chunk.pcm(), this::publish));
        } else if (calls.firstOrphanSighting(callId)) {
            LOG.warning(name + " has no start of call " + callId + " (its first chunk is before offset "
                    + record.offset() + " of partition " + record.partition() + "): its audio is skipped");
        }
    }

    private void onEnd(PartitionCalls calls, String callId) throws InterruptedException, TimeoutException {
        CallDecoding call = calls.remove(callId);
        if (call == null) {
            return; // a repeated end, or a call whose start this worker never saw
        }
        Transcript finished = call.finish(FINISH_TIMEOUT);
        publish(new SegmentRecord.Completed(callId, call.emitted(), finished));
        callsCompleted.incrementAndGet();
    }

    /**
     * Gives up a call whose session the engine closed: the worker goes on with the other calls, and the call gets no
     * completion record, so readers see it incomplete. Run workers with an idle timeout above the longest pause a
     * call may have ({@link com.voiceqa.asr.AsrConfig#withIdleTimeout}).
     */
    private void dropCall(PartitionCalls calls, String callId, RuntimeException cause) {
        CallDecoding call = calls.remove(callId);
        if (call != null) {
            call.close();
        }
        calls.firstOrphanSighting(callId); // its later chunks are skipped without a warning each
        LOG.severe(name + " gave up call " + callId + ", its transcript stays incomplete: " + cause.getMessage());
    }

    private void publish(SegmentRecord record) {
        if (record instanceof SegmentRecord.Utterance) {
            segmentsPublished.incrementAndGet();
        }
        segments.send(new ProducerRecord<>(segmentsTopic, record.key(), record.value()))
                .whenComplete((metadata, error) -> {
                    if (error != null) {
                        sendFailure.compareAndSet(null, error);
                    }
                });
    }

    /**
     * Commits each partition's safe offset once the segments published so far are acknowledged. When one of them
     * failed, nothing is committed: the worker rewinds instead, so the lost segment is published again.
     */
    private void commit() throws InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        partitions.forEach((tp, calls) -> calls.commitOffset()
                .ifPresent(offset -> offsets.put(tp, new OffsetAndMetadata(offset, calls.commitMetadata()))));
        offsets.entrySet().removeIf(e -> e.getValue().equals(committed.get(e.getKey())));
        if (offsets.isEmpty()) {
            return;
        }
        segments.flush(FLUSH_TIMEOUT);
        Throwable failure = sendFailure.getAndSet(null);
        if (failure != null) {
            rewind(failure);
            return;
        }
        consumer.commitSync(offsets);
        committed.putAll(offsets);
    }

    /**
     * Drops every open call and goes back to the last committed offsets, as a worker taking over would: the calls
     * are replayed and their segments published again (readers keep one per key).
     */
    private void rewind(Throwable failure) {
        LOG.warning(name + " could not publish a segment (" + failure + "); replaying its partitions from the last "
                + "commit");
        partitions.values().forEach(PartitionCalls::closeAll);
        partitions.clear();
        Set<TopicPartition> held = consumer.assignment();
        Map<TopicPartition, OffsetAndMetadata> from = consumer.committed(held);
        for (TopicPartition tp : held) {
            OffsetAndMetadata offset = from.get(tp);
            if (offset == null) {
                consumer.seekToBeginning(List.of(tp));
            } else {
                consumer.seek(tp, offset);
            }
        }
        startFrom(from);
    }

    /** Fresh partition state that knows what the last commit says was published. */
    private void startFrom(Map<TopicPartition, OffsetAndMetadata> commits) {
        commits.forEach((tp, offset) ->
                partitions.put(tp, new PartitionCalls(offset == null ? null : offset.metadata())));
    }

    private void stop() {
        if (halting) { // as a killed process: nothing committed or flushed, the group not told
            segments.halt();
            partitions.values().forEach(PartitionCalls::closeAll); // only frees this JVM's recognizers
            consumer.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.REMAIN_IN_GROUP)
                    .withTimeout(Duration.ZERO));
            return;
        }
        try {
            commit();
        } catch (RuntimeException | InterruptedException | TimeoutException e) {
            LOG.warning(name + " could not commit on close: " + e);
        }
        consumer.close(); // gives the partitions up through Rebalance, which commits while segments can still flush
        partitions.values().forEach(PartitionCalls::closeAll);
        segments.close();
    }

    /** Commits what is safe, drops open calls (the group's next member replays them) and leaves the group. */
    @Override
    public void close() throws InterruptedException {
        stopping = true;
        consumer.wakeup();
        thread.join();
    }

    /**
     * Stops as a killed process would, for failure tests: no commit, queued segments dropped, open calls lost. The
     * group moves the partitions on when the session times out.
     */
    void halt() throws InterruptedException {
        halting = true;
        close();
    }

    /** Gives up the calls of partitions taken away, after committing what is safe on them. */
    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> revoked) {
            if (!halting) {
                try {
                    commit();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException | TimeoutException e) {
                    LOG.warning(name + " could not commit before giving up partitions: " + e);
                }
            }
            onPartitionsLost(revoked);
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> lost) {
            for (TopicPartition tp : lost) {
                committed.remove(tp);
                PartitionCalls calls = partitions.remove(tp);
                if (calls != null) {
                    calls.closeAll();
                }
            }
            assignment = Set.copyOf(consumer.assignment().stream().filter(tp -> !lost.contains(tp)).toList());
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> assigned) {
            startFrom(consumer.committed(Set.copyOf(assigned)));
            assignment = Set.copyOf(consumer.assignment());
        }
    }
}
