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
 * Ends the phone calls of gateway nodes that died. A badge whose gateway dies RESUMEs on another node; a phone (vosk
 * protocol) has no RESUME, so its call ends with its gateway, and some live node must end it in Kafka or its
 * acknowledged audio would never be recorded or transcribed.
 *
 * <p>Every gateway node is a member of one consumer group on the open-calls topic ({@link #group}), its client id
 * naming the node: membership is the liveness signal (a node that stops heartbeating leaves the group after the
 * session timeout), and the group's partition assignment makes exactly one live node responsible for each call. A
 * node reads its partitions from the beginning (the compacted topic holds the open calls), keeps the open
 * {@link CallSource#PHONE} calls, and ends those whose holder is not a member of the stable group with
 * {@code end(key)} (the gateway's {@code endAbandoned}: takeover from the log, then end). A failed end is tried again
 * at the next check. Badge calls are left alone: their badges resume them on any node.
 */
public final class AbandonedPhoneCalls implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AbandonedPhoneCalls.class.getName());
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(2);
    private static final Duration JOIN_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaSettings settings;
    private final String node;
    private final Thread thread;
    private final CountDownLatch joined = new CountDownLatch(1);
    /** Open phone calls in this node's partitions: call id → (key, holder, partition). */
    private final Map<String, OpenPhoneCall> open = new HashMap<>();
    /** Calls being ended here, until their tombstone arrives (or the end failed: then the next check tries again). */
    private final Set<String> ending = ConcurrentHashMap.newKeySet();
    private final KafkaConsumer<String, byte[]> consumer;
    private volatile Function<CallKey, CompletableFuture<Boolean>> end;
    private volatile boolean closed;

    private record OpenPhoneCall(CallKey key, String holder, int partition) {
    }

    /**
     * Joins the group as {@code node} (the name this node writes into the open-calls records) and returns once it
     * has its partitions, so no call this node holds can look abandoned to the others.
     *
     * @throws IllegalStateException when the group did not assign partitions within 30 s
     */
    public static AbandonedPhoneCalls join(KafkaSettings settings, String node) throws InterruptedException {
        AbandonedPhoneCalls calls = new AbandonedPhoneCalls(settings, node);
        calls.thread.start();
        if (!calls.joined.await(JOIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            calls.close();
            throw new IllegalStateException("Kafka at " + settings.bootstrapServers() + " did not let this gateway "
                    + "join consumer group " + group(settings) + " within " + JOIN_TIMEOUT.toSeconds() + " s");
        }
        return calls;
    }

    private AbandonedPhoneCalls(KafkaSettings settings, String node) {
        this.settings = settings;
        this.node = node;
        this.consumer = KafkaClients.consumer(settings, group(settings), clientId(node), "earliest");
        this.thread = Thread.ofPlatform().daemon().name("voiceqa-abandoned-phone-calls").unstarted(this::run);
    }

    /** The gateways' group: beside the open-calls topic, so deployments sharing brokers keep theirs apart. */
    static String group(KafkaSettings settings) {
        return OpenCallsTopic.name(settings) + ".gateways";
    }

    private static String clientId(String node) {
        return node + "-open-calls";
    }

    /** From now on, ends the abandoned phone calls with {@code end} (the gateway's {@code endAbandoned}). */
    public void endWith(Function<CallKey, CompletableFuture<Boolean>> end) {
        this.end = end;
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
                if (end != null && !open.isEmpty() && System.nanoTime() - nextCheck >= 0) {
                    endAbandoned(admin);
                    nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "stopped watching for abandoned phone calls: phone calls of a gateway that dies "
                    + "now stay open in Kafka until this node restarts", e);
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
            ending.remove(record.key());
            return;
        }
        try {
            if (CallEventJson.decode(record.value()) instanceof CallEvent.Started started
                    && started.call().source() == CallSource.PHONE) {
                Header holder = record.headers().lastHeader(OpenCallsBus.NODE_HEADER);
                open.put(record.key(), new OpenPhoneCall(started.call().key(),
                        holder == null ? "" : new String(holder.value(), StandardCharsets.UTF_8), record.partition()));
            }
        } catch (MalformedRecordException e) {
            LOG.warning("skipped the open-calls record at " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + ": " + e.getMessage());
        }
    }

    /** Ends the open phone calls whose holder is not in the group; only a stable group's members count. */
    private void endAbandoned(Admin admin) {
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
        for (var entry : Map.copyOf(open).entrySet()) {
            String callId = entry.getKey();
            OpenPhoneCall call = entry.getValue();
            if (live.contains(clientId(call.holder())) || !ending.add(callId)) {
                continue;
            }
            LOG.info("gateway " + call.holder() + " is gone: ending its phone call " + call.key() + " here");
            end.apply(call.key()).whenComplete((ended, failure) -> {
                if (failure != null) {
                    LOG.warning("could not end abandoned phone call " + call.key() + " (" + failure
                            + "); trying again");
                    ending.remove(callId);
                }
            });
        }
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        consumer.wakeup();
        thread.join(Duration.ofSeconds(10));
    }
}
