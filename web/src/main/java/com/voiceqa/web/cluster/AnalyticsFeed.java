package com.voiceqa.web.cluster;

import com.voiceqa.bus.kafka.CallIdPartitioner;
import com.voiceqa.bus.kafka.KafkaClients;
import com.voiceqa.bus.kafka.KafkaSettings;
import com.voiceqa.bus.kafka.KafkaTopics;
import com.voiceqa.bus.kafka.MalformedRecordException;
import com.voiceqa.bus.kafka.asr.SegmentRecord;
import com.voiceqa.bus.kafka.audio.AudioRecord;
import com.voiceqa.bus.kafka.audio.AudioRecordCodec;
import com.voiceqa.bus.kafka.events.CallEventJson;
import com.voiceqa.core.Transcript;
import com.voiceqa.core.events.CallEvent;
import com.voiceqa.web.config.ProcessRole;
import com.voiceqa.web.config.VoiceQaProperties;
import com.voiceqa.web.live.LiveCallTracker;
import com.voiceqa.web.pipeline.CallStore;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;

/**
 * The analytics role's consumer: one member of the {@code voiceqa.kafka.group} group on the events, audio and segments
 * topics (a call's records are on the same partition number of each, and the range assignor gives one member the same
 * numbers of every topic, so one member sees all of a call). Per call it collects the gateway's {@code Ended}, the
 * recording ({@link ClusterRecordings}) and the transcript (bus-kafka's {@code TranscriptAssembler}: the worker's
 * finished transcript, once every live segment is there too); once all three are there it hands the call to
 * {@link LiveCallTracker#end}, the same end a one-process gateway's call takes. A {@code Started} goes to the tracker
 * at once, so the call is listed as processing while it runs. Offsets are committed after each poll as far as
 * {@link CommitPoints} allows. Runs only with {@code voiceqa.kafka.bootstrap-servers} set and the analytics role.
 */
@Component
@ConditionalOnProperty(prefix = "voiceqa.kafka", name = "bootstrap-servers")
public class AnalyticsFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsFeed.class);
    private static final Duration POLL = Duration.ofMillis(200);
    /** Stored calls remembered, so their repeated records cost no database query. */
    private static final int REMEMBERED_STORED_CALLS = 100_000;

    private final VoiceQaProperties properties;
    private final ClusterProperties cluster;
    private final LiveCallTracker tracker;
    private final CallStore store;
    private final Map<String, CallParts> open = new HashMap<>();
    private final Map<String, Boolean> stored = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_STORED_CALLS;
        }
    };
    private final CommitPoints commits = new CommitPoints();
    private KafkaSettings settings;
    private ClusterRecordings recordings;
    private KafkaConsumer<String, byte[]> consumer;
    private ConsumerThread thread;

    AnalyticsFeed(VoiceQaProperties properties, ClusterProperties cluster, LiveCallTracker tracker, CallStore store) {
        this.properties = properties;
        this.cluster = cluster;
        this.tracker = tracker;
        this.store = store;
    }

    @Override
    public synchronized void start() {
        if (!properties.runs(ProcessRole.ANALYTICS)) {
            return;
        }
        settings = cluster.settings();
        try {
            KafkaTopics.create(settings, cluster.partitions(), cluster.replicas());
            recordings = new ClusterRecordings(properties.dataPath());
        } catch (ExecutionException | IOException e) {
            throw new IllegalStateException("the analytics role cannot start: " + e.getMessage()
                    + " (check that Kafka runs at " + settings.bootstrapServers() + " and the data folder is writable)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        consumer = KafkaClients.consumer(settings, cluster.group(), "analytics-" + ProcessHandle.current().pid(),
                "earliest");
        thread = new ConsumerThread("voiceqa-analytics-feed", consumer, this::run);
        log.info("analytics: storing the cluster's calls from Kafka at {} (group {})", settings.bootstrapServers(),
                cluster.group());
    }

    private void run(BooleanSupplier stopping) {
        try {
            consumer.subscribe(List.of(settings.eventsTopic(), settings.audioTopic(), settings.segmentsTopic()),
                    new Rebalance());
            while (!stopping.getAsBoolean()) {
                var records = consumer.poll(POLL);
                for (ConsumerRecord<String, byte[]> record : records) {
                    handle(record);
                }
                if (!records.isEmpty()) {
                    consumer.commitSync(commits.offsets());
                }
            }
        } catch (WakeupException e) {
            // stop() asked
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            log.error("analytics stopped storing calls: {}; restart it once the cause is fixed (uncommitted calls "
                    + "are delivered again)", e.getMessage(), e);
        } finally {
            consumer.close();
        }
    }

    private void handle(ConsumerRecord<String, byte[]> record) throws IOException, InterruptedException {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        String callId = callIdOf(record.key());
        Object part = decode(record);
        if (part == null || callId == null || isStored(callId)) { // junk opens no call: it would hold commits back
            commits.handled(partition, record.offset(), callId, false);
            return;
        }
        CallParts parts = open.computeIfAbsent(callId, id -> new CallParts());
        commits.handled(partition, record.offset(), callId, true);
        switch (part) {
            case CallEvent event -> onEvent(parts, event);
            case AudioRecord audio -> onAudio(parts, audio);
            case SegmentRecord segment -> onSegment(parts, segment);
            default -> throw new IllegalStateException("decode returned " + part.getClass());
        }
        Optional<CallParts.Complete> complete = parts.complete();
        if (complete.isPresent()) {
            storeCall(complete.get());
        }
    }

    /** The record as its topic's type, or null (logged) when it does not decode. */
    private Object decode(ConsumerRecord<String, byte[]> record) {
        try {
            if (record.topic().equals(settings.eventsTopic())) {
                return CallEventJson.decode(record.value());
            }
            if (record.topic().equals(settings.audioTopic())) {
                return AudioRecordCodec.decode(record.value());
            }
            return SegmentRecord.decode(record.key(), record.value());
        } catch (MalformedRecordException e) {
            log.warn("skipped {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.getMessage());
            return null;
        }
    }

    private void onEvent(CallParts parts, CallEvent event) {
        switch (event) {
            case CallEvent.Started started -> {
                parts.started(started.call());
                tracker.onEvent(started);
            }
            case CallEvent.Ended ended -> parts.ended(ended);
            case CallEvent.Partial p -> { } // a cluster gateway has no recognizer: segments come from the workers
            case CallEvent.FinalSegment f -> { }
        }
    }

    /**
     * A worker's segment, the first time it comes, goes to the tracker as a one-process gateway's final segment does:
     * the live rules hear it, and the live page (relayed to the web processes) shows it with their alerts.
     */
    private void onSegment(CallParts parts, SegmentRecord record) {
        if (parts.transcript().accept(record) && record instanceof SegmentRecord.Utterance utterance) {
            parts.started().ifPresent(call -> tracker.onEvent(new CallEvent.FinalSegment(call, utterance.segment())));
        }
    }

    private void onAudio(CallParts parts, AudioRecord record) throws IOException {
        if (parts.hasRecording()) {
            return; // written already: a resent chunk must not start a second recording
        }
        switch (record) {
            case AudioRecord.Chunk chunk -> recordings.append(chunk.chunk());
            case AudioRecord.End end -> recordings.end(end.call(), end.chunks()).ifPresent(parts::recording);
        }
    }

    /**
     * The call as a one-process gateway ends it: its recording, and the transcript the worker's engine finished (a
     * mono call's roles refined from the whole call, the metrics measured while it decoded).
     */
    private void storeCall(CallParts.Complete call) throws InterruptedException {
        CallEvent.Ended gateway = call.ended();
        CallEvent.Ended ended = new CallEvent.Ended(gateway.call(), call.recording().wav(),
                call.recording().audioBytes(), Optional.of(call.transcript()), gateway.reason());
        try {
            tracker.end(ended).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("call " + ended.callId() + " could not be stored", e.getCause());
        }
        open.remove(ended.callId());
        stored.put(ended.callId(), true);
        commits.stored(ended.callId());
    }

    private boolean isStored(String callId) {
        if (stored.containsKey(callId)) {
            return true;
        }
        if (!open.containsKey(callId) && store.isDone(callId)) { // a call stored before this process started
            stored.put(callId, true);
            return true;
        }
        return false;
    }

    /** Every record's key is its call's id, or starts with it (segments); a record without one is skipped. */
    private static String callIdOf(String key) {
        return key == null || key.isEmpty() ? null : CallIdPartitioner.callIdOf(key);
    }

    @Override
    public synchronized void stop() {
        if (thread == null) {
            return;
        }
        thread.stop(Duration.ofSeconds(30));
        thread = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    /**
     * Partitions taken away or given: what was collected of their calls is dropped, and the member that gets them
     * starts at the committed offsets, i.e. at each unfinished call's first record.
     */
    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            consumer.commitSync(commits.offsets());
            commits.forget(partitions);
            open.clear();
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        }
    }
}
