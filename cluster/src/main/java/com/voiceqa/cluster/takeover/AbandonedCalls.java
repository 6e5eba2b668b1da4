package com.voiceqa.cluster.takeover;

import com.voiceqa.bus.kafka.KafkaClients;
import com.voiceqa.bus.kafka.KafkaSettings;
import com.voiceqa.bus.kafka.MalformedRecordException;
import com.voiceqa.bus.kafka.events.CallEventJson;
import com.voiceqa.core.events.CallEvent;
import com.voiceqa.core.events.CallSource;
import com.voiceqa.core.id.CallKey;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Gives the open calls of gateway nodes that died to a live node, so none stays open in Kafka with its acknowledged
 * audio never recorded or transcribed:
 * <ul>
 *   <li>a phone (vosk protocol) has no RESUME, so its call ends with its gateway: the live node ends it at once
 *       ({@code endPhoneCall}, the gateway's {@code endAbandoned}: takeover from the log, then end);</li>
 *   <li>a badge RESUMEs on any node, but one that lost power never does: the live node adopts its call
 *       ({@code adoptBadgeCall}, the gateway's {@code adoptAbandoned}: takeover from the log, no connection), and the
 *       call then lives by that node's stale-call rule like any call of its own: a RESUME within the stale-call
 *       timeout continues it (here, or on a third node that takes it over), otherwise it expires with its audio.
 *       The badge gets the same grace it would have had, had its gateway lived.</li>
 * </ul>
 *
 * <p>Every gateway node is a member of one consumer group on the open-calls topic ({@link #group}), its client id
 * naming the node: membership is the liveness signal (a node that stops heartbeating leaves the group after the
 * session timeout), and the group's partition assignment makes exactly one live node responsible for each call. A
 * node reads its partitions from the beginning (the compacted topic holds the open calls), keeps the open calls, and
 * hands those whose holder is not a member of the stable group to the gateway as above. A handover that failed is
 * tried again at the next check; one that succeeded is not repeated (an adopted call's record names this node from
 * then on, and a tombstone ends the watch).
 */
public final class AbandonedCalls implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AbandonedCalls.class.getName());
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(2);
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaSettings settings;
    private final String node;
    private final Thread thread;
    private final CountDownLatch joined = new CountDownLatch(1);
    /** Open calls in this node's partitions: call id → (key, source, holder, partition). */
    private final Map<String, OpenCall> open = new HashMap<>();
    /** Calls handed to the gateway here, until their tombstone arrives (or the handover failed: then tried again). */
    private final Set<String> handed = ConcurrentHashMap.newKeySet();
    private final KafkaConsumer<String, byte[]> consumer;
    private volatile Handlers handlers;
    private volatile boolean closed;

    private record OpenCall(CallKey key, CallSource source, String holder, int partition) {
    }

    private record Handlers(Function<CallKey, CompletableFuture<Boolean>> endPhoneCall,
                            Function<CallKey, CompletableFuture<Boolean>> adoptBadgeCall) {
    }

    /**
     * Joins the group as {@code node} (the name this node writes into the open-calls records) and returns once it
     * has its partitions, so no call this node holds can look abandoned to the others.
     *
     * @throws IllegalStateException when the group did not assign partitions within 30 s
     */
    public static AbandonedCalls join(KafkaSettings settings, String node) throws InterruptedException {
        AbandonedCalls calls = new AbandonedCalls(settings, node);
        calls.thread.start();
        if (!calls.joined.await(JOIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            calls.close();
            throw new IllegalStateException("Kafka at " + settings.bootstrapServers() + " did not let this gateway "
                    + "join consumer group " + group(settings) + " within " + JOIN_TIMEOUT.toSeconds() + " s");
        }
        return calls;
    }

    private AbandonedCalls(KafkaSettings settings, String node) {
        this.settings = settings;
        this.node = node;
        this.consumer = KafkaClients.consumer(settings, group(settings), clientId(node), "earliest");
        this.thread = Thread.ofPlatform().daemon().name("voiceqa-abandoned-calls").unstarted(this::run);
    }

    /** The gateways' group: beside the open-calls topic, so deployments sharing brokers keep theirs apart. */
    static String group(KafkaSettings settings) {
        return OpenCallsTopic.name(settings) + ".gateways";
    }

    private static String clientId(String node) {
        return node + "-open-calls";
    }

    /**
     * From now on, hands the abandoned calls to the gateway: phone calls to {@code endPhoneCall} (its
     * {@code endAbandoned}), badge calls to {@code adoptBadgeCall} (its {@code adoptAbandoned}).
     */
    public void handWith(Function<CallKey, CompletableFuture<Boolean>> endPhoneCall,
                         Function<CallKey, CompletableFuture<Boolean>> adoptBadgeCall) {
        this.handlers = new Handlers(endPhoneCall, adoptBadgeCall);
    }

    private void run() {
        String topic = OpenCallsTopic.name(settings);
        try (consumer; Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                settings.bootstrapServers(), AdminClientConfig.CLIENT_ID_CONFIG, clientId(node) + "-admin"))) {
            consumer.subscribe(List.of(topic), new Partitions());
            long nextCheck = System.nanoTime();
            while (!closed) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    remember(record);
                }
                Handlers gateway = handlers;
                if (gateway != null && !open.isEmpty() && System.nanoTime() - nextCheck >= 0) {
                    handOver(admin, gateway);
                    nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "stopped watching for abandoned calls: the calls of a gateway that dies now stay "
                    + "open in Kafka until this node restarts", e);
        }
    }

    private final class Partitions implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            consumer.seekToBeginning(partitions); // the compacted topic's open calls, every time they are assigned
            joined.countDown();
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            Set<Integer> gone = partitions.stream().map(TopicPartition::partition).collect(Collectors.toSet());
            open.values().removeIf(call -> gone.contains(call.partition()));
        }
    }

    private void remember(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            open.remove(record.key());
            handed.remove(record.key());
            return;
        }
        try {
            if (CallEventJson.decode(record.value()) instanceof CallEvent.Started started) {
                Header holder = record.headers().lastHeader(OpenCallsBus.NODE_HEADER);
                open.put(record.key(), new OpenCall(started.call().key(), started.call().source(),
                        holder == null ? "" : new String(holder.value(), StandardCharsets.UTF_8), record.partition()));
            }
        } catch (MalformedRecordException e) {
            LOG.warning("skipped the open-calls record at " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + ": " + e.getMessage());
        }
    }

    /** Hands over the open calls whose holder is not in the group; only a stable group's members count. */
    private void handOver(Admin admin, Handlers gateway) {
        Set<String> live;
        try {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(group(settings))).all()
                    .get(CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS).get(group(settings));
            if (group.groupState() != GroupState.STABLE) {
                return; // members are joining or leaving: ask again at the next check
            }
            live = group.members().stream().map(MemberDescription::clientId).collect(Collectors.toSet());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
            return;
        } catch (Exception e) {
            LOG.warning("could not list the live gateways (" + e + "); checking again in " + CHECK_EVERY.toSeconds()
                    + " s");
            return;
        }
        if (!readToTheEnd()) { // a claim written since the last poll (the badge RESUMEd elsewhere) wins over adoption
            return;
        }
        for (var entry : Map.copyOf(open).entrySet()) {
            String callId = entry.getKey();
            OpenCall call = entry.getValue();
            if (live.contains(clientId(call.holder())) || !handed.add(callId)) {
                continue;
            }
            boolean phone = call.source() == CallSource.PHONE;
            String what = phone ? "ending its phone call " : "adopting its badge call ";
            LOG.info("gateway " + call.holder() + " is gone: " + what + call.key() + " here");
            (phone ? gateway.endPhoneCall() : gateway.adoptBadgeCall()).apply(call.key())
                    .whenComplete((done, failure) -> {
                        if (failure != null) {
                            LOG.warning("could not hand over abandoned call " + call.key() + " (" + failure
                                    + "); trying again");
                            handed.remove(callId);
                        }
                    });
        }
    }

    /**
     * Reads the open-calls records written up to now. A node that takes a call over writes its claim before it
     * answers the badge's RESUME, so after this read a call that still names a dead node had not been resumed
     * anywhere when the read began. False when the read did not get there within a check's time (try again then).
     */
    private boolean readToTheEnd() {
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment(), CHECK_EVERY);
        long deadline = System.nanoTime() + CHECK_EVERY.toNanos();
        while (!closed && System.nanoTime() < deadline
                && end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey(), CHECK_EVERY) < e.getValue())) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                remember(record);
            }
        }
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey(), CHECK_EVERY) >= e.getValue());
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        consumer.wakeup();
        thread.join(Duration.ofSeconds(10));
    }
}
