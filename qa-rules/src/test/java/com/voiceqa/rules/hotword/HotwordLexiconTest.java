package com.voiceqa.rules.hotword;

import com.voiceqa.rules.CallRecord;
import com.voiceqa.rules.TestCalls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HotwordLexiconTest {

    private static final HotwordLexicon LEXICON = HotwordLexicon.parse("""
            # competitors and our products
            海川科技,hai chuan ke ji,8
            云帆,,3
            智联云仓,,11
            """, "test.csv");

    @Test
    void aHomophoneOfATermIsRewrittenAndTheRawTextKept() {
        HotwordLexicon.Correction c = LEXICON.apply("他们在试海穿科技的系统");
        assertEquals("他们在试海川科技的系统", c.text());
        assertEquals("他们在试海穿科技的系统", c.raw());
        assertEquals(List.of(new HotwordLexicon.Replacement(4, 8, "海穿科技", "海川科技")), c.replacements());
    }

    @Test
    void offsetsSurviveVoskSpacesBetweenWords() {
        HotwordLexicon.Correction c = LEXICON.apply("试 海 穿 科技 的");
        assertEquals("试 海 川 科技 的", c.text());
        assertEquals(2, c.replacements().getFirst().start());
        assertEquals(8, c.replacements().getFirst().end());
    }

    @Test
    void theWeightDecidesHowLooseTheSoundMayBe() {
        // chuan heard as cuan: an accent confusion (ch/c) accepted at weight 8
        assertEquals("海川科技", LEXICON.apply("海窜科技").text());
        // weight 3: only the exact toneless pinyin, so 云航 (hang, an accent confusion of fan) is left alone
        assertEquals("云航", LEXICON.apply("云航").text());
        assertEquals("云帆", LEXICON.apply("匀翻").text());
        // weight 11 forces a term of three or more syllables over one wrong syllable
        assertEquals("智联云仓", LEXICON.apply("知连运藏").text());
        assertEquals("知道运藏", LEXICON.apply("知道运藏").text());
    }

    @Test
    void textThatIsAlreadyRightIsNotReported() {
        HotwordLexicon.Correction c = LEXICON.apply("海川科技，云帆。");
        assertEquals("海川科技，云帆。", c.text());
        assertTrue(c.replacements().isEmpty());
    }

    @Test
    void aCallIsCorrectedUtteranceByUtterance() {
        CallRecord call = TestCalls.call("c1", "rep:您好", "customer:我们在用海穿科技的");
        CallRecord corrected = LEXICON.correct(call);
        assertEquals("我们在用海川科技的", corrected.utterances().get(1).text());
        assertEquals(call.utterances().get(1).start(), corrected.utterances().get(1).start());
        assertSame(call, HotwordLexicon.empty().correct(call));
    }

    @Test
    void everyBadLineIsReportedWithItsNumber(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hot.csv");
        Files.writeString(file, "海川科技,hai chuan,8\nok\n云帆,,12\n云帆,yun1 fan,\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HotwordLexicon.load(file));
        for (String expected : List.of("hot.csv:1", "hot.csv:2", "hot.csv:3", "hot.csv:4")) {
            assertTrue(e.getMessage().contains(expected), e.getMessage());
        }
        Files.writeString(file, "海川科技\n");
        assertEquals("海川科技", HotwordLexicon.load(file).words().getFirst().term());
    }
}
