package com.voiceqa.rules.channel;

import com.voiceqa.rules.text.Pinyin;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecognizerChannelTest {

    private static final String TURN = "您好，王工，我是恒力电气的销售小郑。上次给您厂里装的那批变频器，用得怎么样？";

    @Test
    void noneLeavesTheTextAlone() {
        assertEquals(TURN, new RecognizerChannel(Degradation.NONE, 1).pass("k", TURN));
    }

    @Test
    void noPunctuationKeepsEveryCharacterAndDropsEveryMark() {
        String heard = new RecognizerChannel(Degradation.NO_PUNCTUATION, 1).pass("k", TURN);
        assertEquals(TURN.replaceAll("[，。？]", ""), heard.replace(" ", ""));
        assertEquals("don't stop", new RecognizerChannel(Degradation.NO_PUNCTUATION, 1).pass("k", "don't stop!"));
    }

    @Test
    void theSameSeedAndKeyGiveTheSameErrorsAndOtherKeysOtherErrors() {
        Degradation cer = Degradation.parse("cer=0.2");
        String a = new RecognizerChannel(cer, 7).pass("call-1#3", TURN);
        assertEquals(a, new RecognizerChannel(cer, 7).pass("call-1#3", TURN));
        assertNotEquals(a, new RecognizerChannel(cer, 7).pass("call-1#4", TURN));
        assertNotEquals(a, new RecognizerChannel(cer, 8).pass("call-1#3", TURN));
    }

    @Test
    void errorsComeAtTheRequestedRateInTheAnchorsMix() {
        RecognizerChannel channel = new RecognizerChannel(Degradation.parse("cer=0.2"), 3);
        String text = TURN.replaceAll("[，。？]", "").repeat(200);
        int substitutions = 0;
        int homophones = 0;
        int deletions = 0;
        int insertions = 0;
        RecognizerChannel.Passed passed = channel.passAligned("k", text);
        int[] source = passed.sourceIndex();
        int previous = -1;
        for (int i = 0; i < source.length; i++) {
            if (source[i] > previous + 1) {
                deletions += source[i] - previous - 1;
            }
            if (i > 0 && source[i] == source[i - 1]) {
                insertions++;
            } else if (passed.text().charAt(i) != text.charAt(source[i])) {
                substitutions++;
                homophones += Pinyin.of(passed.text().charAt(i)).equals(Pinyin.of(text.charAt(source[i]))) ? 1 : 0;
            }
            previous = source[i];
        }
        deletions += text.length() - 1 - previous;
        double errors = substitutions + deletions + insertions;
        assertEquals(0.2, errors / text.length(), 0.02);
        assertEquals(0.60, substitutions / errors, 0.04);
        assertEquals(0.25, deletions / errors, 0.04);
        assertEquals(0.15, insertions / errors, 0.04);
        // characters with no common homophone (怎, 您) are replaced by any common character
        assertTrue(homophones >= 0.85 * substitutions, homophones + " of " + substitutions + " substitutions sound alike");
    }

    @Test
    void homophonesAreCommonCharactersThatSoundTheSame() {
        Homophones common = Homophones.common();
        assertEquals(3755, common.size());
        Character c = common.substitute('报', new SplittableRandom(1));
        assertNotEquals('报', c);
        assertEquals("bao", Pinyin.of(c));
        assertNull(common.substitute('a', new SplittableRandom(1)));
    }

    @Test
    void degradationsParseAndBadOnesSayWhatIsAccepted() {
        assertEquals(Degradation.NONE, Degradation.parse("none"));
        assertEquals(new Degradation(true, 0.1), Degradation.parse("CER=0.1"));
        assertEquals("cer=0.2", Degradation.parse("cer=0.2").toString());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Degradation.parse("noisy")).getMessage()
                .contains("nopunct"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Degradation.parse("cer=abc")).getMessage()
                .contains("number"));
        assertFalse(assertThrows(IllegalArgumentException.class, () -> Degradation.parse("cer=0.9")).getMessage()
                .isEmpty());
    }
}
