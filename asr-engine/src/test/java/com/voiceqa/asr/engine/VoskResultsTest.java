package com.voiceqa.asr.engine;

import com.voiceqa.asr.text.TextNormalizer;
import com.voiceqa.core.Segment;
import com.voiceqa.core.Word;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Parsing the recognizer's JSON as a Mandarin model returns it (words separated by spaces). */
class VoskResultsTest {

    private static final String MANDARIN_RESULT = """
            {
              "result" : [{
                  "conf" : 0.981,
                  "end" : 1.02,
                  "start" : 0.51,
                  "word" : "您好"
                }, {
                  "conf" : 1.000000,
                  "end" : 1.26,
                  "start" : 1.02,
                  "word" : "我"
                }, {
                  "conf" : 0.75,
                  "end" : 1.44,
                  "start" : 1.26,
                  "word" : "是"
                }, {
                  "conf" : 0.66,
                  "end" : 2.1,
                  "start" : 1.44,
                  "word" : "恒力"
                }, {
                  "conf" : 0.9,
                  "end" : 2.5,
                  "start" : 2.1,
                  "word" : "vip"
                }, {
                  "conf" : 0.9,
                  "end" : 2.9,
                  "start" : 2.5,
                  "word" : "客户"
                }],
              "text" : "您好 我 是 恒力 vip 客户"
            }""";

    private final VoskResults mandarin = new VoskResults(TextNormalizer.forLanguage("zh"));

    @Test
    void mandarinSegmentHasCleanTextAndKeepsEveryWordWithItsTiming() {
        Segment segment = mandarin.segment("customer", MANDARIN_RESULT, 0);
        assertEquals("您好我是恒力vip客户", segment.text());
        assertEquals("customer", segment.speaker());
        assertEquals(0.51, segment.start());
        assertEquals(2.9, segment.end());
        assertEquals(List.of("您好", "我", "是", "恒力", "vip", "客户"), segment.words().stream().map(Word::word).toList());
        assertEquals(new Word("恒力", 1.44, 2.1, 0.66), segment.words().get(3));
        assertEquals(segment.text(), String.join("", segment.words().stream().map(Word::word).toList()));
    }

    @Test
    void offsetShiftsEveryTime() {
        Segment segment = mandarin.segment("rep", MANDARIN_RESULT, 10.0);
        assertEquals(10.51, segment.start());
        assertEquals(11.02, segment.words().getFirst().end());
    }

    @Test
    void mandarinPartialIsJoined() {
        assertEquals("合同到期我们", mandarin.partialText("{\n  \"partial\" : \"合同 到期 我们\"\n}"));
        assertEquals("", mandarin.partialText("{\"partial\" : \"\"}"));
    }

    @Test
    void emptyResultIsNoSegment() {
        assertNull(mandarin.segment("rep", "{\"text\" : \"\"}", 0));
        assertNull(mandarin.segment("rep", "{\"result\" : [], \"text\" : \"\"}", 0));
    }

    @Test
    void englishKeepsSpaces() {
        VoskResults english = new VoskResults(TextNormalizer.forLanguage("en"));
        String json = "{\"result\":[{\"conf\":1.0,\"end\":1.11,\"start\":0.84,\"word\":\"one\"},"
                + "{\"conf\":0.5,\"end\":1.53,\"start\":1.11,\"word\":\"zero\"}],\"text\":\"one zero\"}";
        assertEquals("one zero", english.segment("mixed", json, 0).text());
    }
}
