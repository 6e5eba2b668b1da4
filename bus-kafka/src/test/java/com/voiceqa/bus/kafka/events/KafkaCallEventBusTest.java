package com.voiceqa.bus.kafka.events;

import com.voiceqa.bus.kafka.KafkaClients;
import com.voiceqa.bus.kafka.KafkaSettings;
import com.voiceqa.bus.kafka.TestKafka;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.PartialResult;
import com.voiceqa.core.Segment;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.Word;
import com.voiceqa.core.events.CallEvent;
import com.voiceqa.core.events.CallMetadata;
import com.voiceqa.core.events.CallSource;
import com.voiceqa.core.id.CallId;
import com.voiceqa.core.id.CallKey;
import com.voiceqa.core.id.DeviceId;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KafkaCallEventBusTest {

    @Test
    void eventsRoundTripInOrderPerCallPastBadRecordsAndFailingListeners() throws Exception {
        KafkaSettings settings = TestKafka.topics("events-", 3);
        List<CallEvent> a = callEvents("call-a");
        List<CallEvent> b = callEvents("call-b");
        List<CallEvent> received = new CopyOnWriteArrayList<>();
        try (KafkaCallEventBus bus = new KafkaCallEventBus(settings, "live-view", "web-1")) {
            bus.subscribe(event -> {
                throw new IllegalStateException("a broken listener must not stop the others");
            });
            bus.subscribe(received::add);
            try (KafkaProducer<String, byte[]> stranger = new KafkaProducer<>(
                    KafkaClients.producer(settings, "stranger"))) {
                for (String junk : List.of("not json", "{\"type\":\"Started\",\"event\":{\"call\":{}}}",
                        "{\"type\":\"Exploded\",\"event\":{}}")) {
                    stranger.send(new ProducerRecord<>(settings.eventsTopic(), a.getFirst().callId(),
                            junk.getBytes(StandardCharsets.UTF_8))).get();
                }
            }
            for (int i = 0; i < a.size(); i++) { // the two calls interleaved
                bus.publish(a.get(i));
                bus.publish(b.get(i));
            }
            TestKafka.await("every event", Duration.ofSeconds(30), () -> received.size() >= a.size() + b.size());
        }
        assertEquals(a, ofCall(received, a.getFirst().callId()));
        assertEquals(b, ofCall(received, b.getFirst().callId()));
    }

    @Test
    void aRestartedMemberOfTheGroupGoesOnAfterWhatItsPredecessorHandled() throws Exception {
        KafkaSettings settings = TestKafka.topics("restart-", 2);
        List<CallEvent> call = callEvents("call-r");
        List<CallEvent> before = new CopyOnWriteArrayList<>();
        try (KafkaCallEventBus bus = new KafkaCallEventBus(settings, "analytics", "analytics-1")) {
            bus.subscribe(before::add);
            call.subList(0, 3).forEach(bus::publish);
            TestKafka.await("the first events", Duration.ofSeconds(30), () -> before.size() == 3);
        }
        List<CallEvent> after = new CopyOnWriteArrayList<>();
        try (KafkaCallEventBus publisher = new KafkaCallEventBus(settings, "gateway", "gateway-1")) {
            call.subList(3, call.size()).forEach(publisher::publish); // while no analytics process runs
        }
        try (KafkaCallEventBus bus = new KafkaCallEventBus(settings, "analytics", "analytics-2")) {
            bus.subscribe(after::add);
            TestKafka.await("the rest", Duration.ofSeconds(30), () -> after.size() >= call.size() - 3);
            Thread.sleep(500); // anything handled before would come now
        }
        assertEquals(call.subList(0, 3), before);
        assertEquals(call.subList(3, call.size()), after, "committed events are not delivered again");
    }

    private static List<CallEvent> ofCall(List<CallEvent> events, String callId) {
        return events.stream().filter(e -> e.callId().equals(callId)).toList();
    }

    private static List<CallEvent> callEvents(String callId) {
        CallMetadata call = new CallMetadata(new CallKey(new DeviceId("badge-9"), new CallId(callId)), "rep-1",
                "acct-7", CallSource.BADGE, new StreamFormat(16000, ChannelLayout.REP_CUSTOMER),
                Instant.parse("2026-12-01T09:30:00Z"), false);
        List<CallEvent> events = new ArrayList<>();
        events.add(new CallEvent.Started(call));
        for (int i = 0; i < 3; i++) {
            events.add(new CallEvent.Partial(call, new PartialResult("rep", "您好 " + i, i)));
            events.add(new CallEvent.FinalSegment(call, new Segment("customer", i, i + 0.5, "续约 " + i,
                    List.of(new Word("续约", i, i + 0.4, 0.9)))));
        }
        events.add(new CallEvent.Ended(call, Path.of("/var/voiceqa/recordings/" + callId + ".wav"), 32_000,
                Optional.empty(), CallEvent.EndReason.COMPLETED));
        return events;
    }
}
