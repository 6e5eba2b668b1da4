package com.voiceqa.rules.semantic;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClausesTest {

    private static List<String> texts(String text) {
        return Clauses.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void aShortUtteranceIsReadWholeWithoutItsPunctuation() {
        String text = "价格倒是其次，你们隔三岔五的不来人。";
        List<Clauses.Span> spans = Clauses.split(text);
        assertEquals(1, spans.size());
        assertEquals("价格倒是其次，你们隔三岔五的不来人", spans.getFirst().of(text), "the evidence keeps the comma");
        assertEquals("价格倒是其次你们隔三岔五的不来人", spans.getFirst().read(text), "the encoder reads no punctuation");
        assertEquals(List.of("好"), texts("好"));
        assertEquals(List.of(), texts("，。"));
    }

    @Test
    void punctuatedAndUnpunctuatedTextAreReadAlike() {
        String punctuated = "我们这两个礼拜在试另一家的系统，人家按单收费，一单才几毛钱，比你们一年包死划算多了。";
        String bare = punctuated.replaceAll("[，。]", "");
        assertEquals(Clauses.split(bare).stream().map(s -> s.read(bare)).toList(),
                Clauses.split(punctuated).stream().map(s -> s.read(punctuated)).toList());
    }

    @Test
    void longUnpunctuatedRecognizerOutputIsReadInOverlappingWindows() {
        String text = "我们这两个礼拜在试另一家的系统人家按单收费一单才几毛钱比你们一年包死划算多了";
        List<Clauses.Span> spans = Clauses.split(text);
        assertTrue(spans.size() > 1, spans.toString());
        assertEquals(0, spans.getFirst().start());
        assertEquals(text.length(), spans.getLast().end());
        for (int i = 1; i < spans.size(); i++) {
            assertEquals(Clauses.STRIDE, spans.get(i).start() - spans.get(i - 1).start());
            assertTrue(spans.get(i).end() - spans.get(i).start() <= Clauses.WINDOW);
        }
    }
}
