package com.voiceqa.bus.kafka.asr;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublishedPositionsTest {

    @Test
    void roundTripsWithinTheBrokersLimitAndReadsForeignMetadataAsNothing() {
        Map<String, Long> few = Map.of("dev-0123456789abcdef0123456789abcdef", 7L, "dev-ffff", 0L);
        assertEquals(few, PublishedPositions.decode(PublishedPositions.encode(few)));

        Map<String, Long> many = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            many.put(String.format("dev-%032x", i), (long) i);
        }
        String bounded = PublishedPositions.encode(many);
        assertTrue(bounded.length() <= PublishedPositions.MAX_CHARS, "length " + bounded.length());
        Map<String, Long> kept = PublishedPositions.decode(bounded);
        assertTrue(kept.size() > 50 && kept.size() < many.size(), "kept " + kept.size());
        kept.forEach((call, count) -> assertEquals(many.get(call), count));

        for (String foreign : new String[]{null, "", "v1", "v2;a=1", "v1;a=x", "v1;noequals", "something else"}) {
            assertEquals(Map.of(), PublishedPositions.decode(foreign), foreign);
        }
    }
}
