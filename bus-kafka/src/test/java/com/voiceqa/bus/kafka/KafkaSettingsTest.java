package com.voiceqa.bus.kafka;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KafkaSettingsTest {

    @Test
    void aSiblingTopicTakesTheEventsTopicsPlaceAndKeepsItsPrefix() {
        KafkaSettings settings = KafkaSettings.of("localhost:9092");

        assertEquals("voiceqa.live", settings.siblingTopic("live"));
        assertEquals("test-7.voiceqa.calls", settings.withTopicPrefix("test-7.").siblingTopic("calls"));
    }

    @Test
    void anEventsTopicNamedOtherwiseGetsTheKindAppended() {
        KafkaSettings settings = new KafkaSettings("localhost:9092", "calls-in", "audio", "segments",
                Duration.ofSeconds(10));

        assertEquals("calls-in.live", settings.siblingTopic("live"));
    }

    @Test
    void noBrokersIsRefusedWithWhatToSet() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> KafkaSettings.of(" "));
        assertTrue(refused.getMessage().contains("host:port"), refused.getMessage());
    }
}
