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

    /** Where no word that only contains a cue straddles the position (cueBefore reads such a word cut off, 差不|多). */
    @Test
    void governedAgreesWithTheLookBackOfCueBefore() {
        for (String text : new String[]{"我不会再从别家进货了，就认你们", "我们从来没有换过供应商", "他们不送货，我们也不催"}) {
            boolean[] governed = Negation.governed(text);
            for (int i = 0; i < text.length(); i++) {
                assertEquals(Negation.cueBefore(text, i) != null, governed[i], text + " at " + i);
            }
        }
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
