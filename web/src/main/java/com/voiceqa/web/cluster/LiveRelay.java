package com.voiceqa.web.cluster;

import com.voiceqa.bus.kafka.KafkaClients;
import com.voiceqa.web.config.ProcessRole;
import com.voiceqa.web.config.VoiceQaProperties;
import com.voiceqa.web.live.LiveHub;
import com.voiceqa.web.live.LiveUpdate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * The analytics role's live page goes to the web processes: every update its {@link LiveHub} makes (calls started,
 * segments heard, alerts of the live rules, calls ended and settled) is written to the {@link LiveTopic}. Starts before
 * {@link AnalyticsFeed} (a lower phase), so the first call's updates are not missed. A failed send is logged, not
 * retried: the live page is a view, the stored call is the record.
 */
@Component
@ConditionalOnProperty(prefix = "voiceqa.kafka", name = "bootstrap-servers")
class LiveRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveRelay.class);

    private final VoiceQaProperties properties;
    private final ClusterProperties cluster;
    private final LiveHub hub;
    private KafkaProducer<String, byte[]> producer;
    private String topic;

    LiveRelay(VoiceQaProperties properties, ClusterProperties cluster, LiveHub hub) {
        this.properties = properties;
        this.cluster = cluster;
        this.hub = hub;
    }

    @Override
    public synchronized void start() {
        if (!properties.runs(ProcessRole.ANALYTICS)) {
            return;
        }
        topic = LiveTopic.ensure(cluster, "analytics");
        producer = new KafkaProducer<>(KafkaClients.producer(cluster.settings(),
                "analytics-live-" + ProcessHandle.current().pid()));
        hub.mirrorTo(this::send);
    }

    private void send(LiveUpdate update) {
        producer.send(new ProducerRecord<>(topic, update.callId(), LiveTopic.encode(update)), (metadata, error) -> {
            if (error != null) {
                log.warn("a live update of call {} did not reach Kafka: {}", update.callId(), error.toString());
            }
        });
    }

    @Override
    public synchronized void stop() {
        if (producer != null) {
            hub.mirrorTo(update -> { });
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return producer != null;
    }

    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 1;
    }
}
