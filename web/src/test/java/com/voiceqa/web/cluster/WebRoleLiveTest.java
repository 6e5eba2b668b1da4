package com.voiceqa.web.cluster;

import com.voiceqa.asr.TestResources;
import com.voiceqa.bus.kafka.KafkaClients;
import com.voiceqa.bus.kafka.KafkaSettings;
import com.voiceqa.bus.kafka.TestKafka;
import com.voiceqa.web.VoiceQaApplication;
import com.voiceqa.web.api.Ref;
import com.voiceqa.web.live.LiveCall;
import com.voiceqa.web.live.LiveHub;
import com.voiceqa.web.live.LiveUpdate;
import com.voiceqa.web.support.SseListener;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./voiceqa web} in a cluster shows live calls: what the analytics role's live hub writes to the live topic
 * (here written the way {@link LiveRelay} writes it, on a real KRaft broker) reaches this process's live page over
 * Server-Sent Events: the call starting, what was heard, the live alert, the end, and the settling against the stored
 * evaluation.
 */
@SpringBootTest(classes = VoiceQaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"voiceqa.roles=web", "voiceqa.admin-password=" + WebRoleLiveTest.PASSWORD,
                "voiceqa.kafka.topic-prefix=" + WebRoleLiveTest.PREFIX})
class WebRoleLiveTest {

    static final String PASSWORD = "web-live-test-2026";
    static final String PREFIX = "web-live-test.";

    @LocalServerPort
    int port;
    @Autowired
    LiveHub hub;

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) throws Exception {
        String data = Files.createTempDirectory("voiceqa-web-live-test").toString();
        registry.add("voiceqa.data-dir", () -> data);
        registry.add("voiceqa.shared-dir", () -> TestResources.shared().toString());
        registry.add("voiceqa.kafka.bootstrap-servers", () -> TestKafka.broker().getBrokersAsString());
    }

    @Test
    void theAnalyticsRolesLiveUpdatesReachThisProcesssLivePage() throws Exception {
        KafkaSettings settings = KafkaSettings.of(TestKafka.broker().getBrokersAsString()).withTopicPrefix(PREFIX);
        String callId = "badge-3:live-1";
        LiveCall.Alert alert = new LiveCall.Alert(callId, "churn-competitor", "竞品对比", "competitor", "high",
                Map.of("text", "我们在试用海川的系统"), 12.5, Instant.parse("2026-12-04T09:00:12Z"));
        try (SseListener page = new SseListener(port, "admin", PASSWORD);
             KafkaProducer<String, byte[]> analytics = new KafkaProducer<>(
                     KafkaClients.producer(settings, "test-analytics"))) {
            page.awaitSubscribed();
            // the web process reads from when its consumer got the topic: repeat the start until it shows
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (hub.call(callId) == null && System.nanoTime() < deadline) {
                send(analytics, settings, new LiveUpdate.CallStarted(callId, new Ref(7, "李敏"), null, "badge-3",
                        Instant.parse("2026-12-04T09:00:00Z"), null, null));
                Thread.sleep(300);
            }
            SseListener.Event started = page.next("call-started", 10_000);
            assertNotNull(started, "the call started on the live page");
            assertEquals("李敏", started.data().path("rep").path("name").asString());

            send(analytics, settings, new LiveCall.Segment(callId, "customer", 10.0, 12.5, "我们在试用海川的系统"));
            send(analytics, settings, alert);
            send(analytics, settings, new LiveCall.Ended(callId));
            send(analytics, settings, new LiveUpdate.CallSettled(callId, Set.of(), List.of()));

            assertEquals("我们在试用海川的系统", page.next("segment", 10_000).data().path("text").asString());
            SseListener.Event alerted = page.next("alert", 10_000);
            assertNotNull(alerted, "the live rules' alert");
            assertEquals("churn-competitor", alerted.data().path("ruleId").asString());
            assertNotNull(page.next("call-ended", 10_000), "the call ended");
            SseListener.Event settled = page.next("alerts-settled", 10_000);
            assertNotNull(settled, "the stored evaluation withdrew the alert");
            assertEquals("churn-competitor", settled.data().path("withdrawn").get(0).asString());
            assertTrue(hub.call(callId) == null, "no longer live");
        }
    }

    private static void send(KafkaProducer<String, byte[]> producer, KafkaSettings settings, LiveUpdate update)
            throws Exception {
        producer.send(new ProducerRecord<>(LiveTopic.name(settings), update.callId(), LiveTopic.encode(update))).get();
    }
}
