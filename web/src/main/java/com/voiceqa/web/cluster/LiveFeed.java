package com.voiceqa.web.cluster;

import com.voiceqa.bus.kafka.KafkaClients;
import com.voiceqa.bus.kafka.KafkaSettings;
import com.voiceqa.bus.kafka.MalformedRecordException;
import com.voiceqa.web.config.ProcessRole;
import com.voiceqa.web.config.VoiceQaProperties;
import com.voiceqa.web.live.LiveHub;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * A web process's live page in a cluster: reads the {@link LiveTopic} from the moment it starts, in a consumer group of
 * its own (every web process sees every update), and applies each update to this process's {@link LiveHub}, whose
 * pages filter them by the audience rule as in one process. Runs in a web process without the analytics role (which
 * makes the updates itself).
 */
@Component
@ConditionalOnProperty(prefix = "voiceqa.kafka", name = "bootstrap-servers")
class LiveFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final VoiceQaProperties properties;
    private final ClusterProperties cluster;
    private final LiveHub hub;
    private KafkaConsumer<String, byte[]> consumer;
    private ConsumerThread thread;

    LiveFeed(VoiceQaProperties properties, ClusterProperties cluster, LiveHub hub) {
        this.properties = properties;
        this.cluster = cluster;
        this.hub = hub;
    }

    @Override
    public synchronized void start() {
        if (!properties.runs(ProcessRole.WEB) || properties.runs(ProcessRole.ANALYTICS)) {
            return;
        }
        String topic = LiveTopic.ensure(cluster, "web");
        KafkaSettings settings = cluster.settings();
        String group = "voiceqa-web-live-" + UUID.randomUUID();
        consumer = KafkaClients.consumer(settings, group, group, "latest");
        consumer.subscribe(List.of(topic));
        thread = new ConsumerThread("voiceqa-live-feed", consumer, this::run);
        log.info("web: live page fed from {} at {}", topic, settings.bootstrapServers());
    }

    private void run(BooleanSupplier stopping) {
        try {
            while (!stopping.getAsBoolean()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    apply(record);
                }
            }
        } catch (WakeupException e) {
            // stop() asked
        } catch (RuntimeException e) {
            log.error("the live page stopped following the cluster: {}; restart the web process", e.getMessage(), e);
        } finally {
            consumer.close();
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        try {
            hub.apply(LiveTopic.decode(record.value()));
        } catch (MalformedRecordException e) {
            log.warn("skipped {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (thread == null) {
            return;
        }
        thread.stop(Duration.ofSeconds(10));
        thread = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }
}
