package com.voiceqa.rules.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A negation governs the few characters after its cue, within its clause; words that merely contain a cue do not. */
class NegationTest {

    @Test
    void aCueGovernsUpToSixCharactersAfterItWithinItsClause() {
        String text = "我们不打算从别家进货了，价格";
        boolean[] governed = Negation.governed(text);
        int cue = text.indexOf("不打算");
        for (int i = 0; i < text.length(); i++) {
            // the cue must start at most six characters back (cueBefore's look-back): 打算从别家进, not 货
            boolean expected = i > cue && i - cue <= Negation.WINDOW;
            assertEquals(expected, governed[i], "character " + i + " " + text.charAt(i));
        }
        assertFalse(governed[text.indexOf("价")], "the clause ended");
    }

    @Test
    void governedIsCueBeforeAtEveryCharacter() {
        for (String text : new String[]{"我不会再从别家进货了，就认你们", "我们从来没有换过供应商", "他们不送货，我们也不催",
                "这还差不多，下周不用送了", "要不再给我们一次机会吧"}) {
            boolean[] governed = Negation.governed(text);
            for (int i = 0; i < text.length(); i++) {
                assertEquals(Negation.cueBefore(text, i) != null, governed[i], text + " at " + i);
            }
        }
    }

    /** A word that only contains a cue is read whole even where the match or the look-back cuts it. */
    @Test
    void aWordCutByTheMatchOrTheWindowIsStillReadWhole() {
        assertNull(Negation.cueBefore("这还差不多了", 4), "差不|多: the match starts inside 差不多");
        assertNull(Negation.cueBefore("要不再给我们一次机会", 7), "要|不再给我们: the window starts inside 要不");
        assertNotNull(Negation.cueBefore("不再给我们一次机会", 6), "不 on its own still negates");
    }

    /** The question forms 有没有, 要不要 and 会不会 contain the cues 没有, 不要 and 不会 without negating anything. */
    @Test
    void questionFormsAreNoCue() {
        assertNull(Negation.cueBefore("你们有没有换供应商", 5));
        assertNull(Negation.cueBefore("要不要换供应商", 3));
        assertNull(Negation.cueBefore("会不会换供应商", 3));
        assertNotNull(Negation.cueBefore("我们没有换供应商", 4));
    }

    @Test
    void wordsThatOnlyContainACueCharacterAreNoCue() {
        assertNull(Negation.cueBefore("我们在看别家的", 4 + 2));
        assertNotNull(Negation.cueBefore("我们不换供应商", 3));
        for (String text : new String[]{"别家的价格不错", "差不多下周从别家拿货", "是不是别家的报价低一点"}) {
            for (boolean g : Negation.governed(text)) {
                assertFalse(g, text);
            }
        }
        assertTrue(Negation.governed("别换")[1], "别 alone is a cue");
    }
}
