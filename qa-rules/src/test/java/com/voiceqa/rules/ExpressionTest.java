package com.voiceqa.rules;

import com.voiceqa.rules.pack.Expression;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpressionTest {

    @Test
    void andBindsTighterThanOrAndNotNegates() {
        Expression e = Expression.parse("1 && (2 || !3)");
        assertTrue(e.evaluate(Set.of("1", "2")::contains));
        assertTrue(e.evaluate(Set.of("1")::contains));
        assertFalse(e.evaluate(Set.of("1", "3")::contains));
        assertFalse(e.evaluate(Set.of("2")::contains));
        assertTrue(Expression.parse("a || b && c").evaluate(Set.of("a")::contains));
        assertFalse(Expression.parse("a || b && c").evaluate(Set.of("b")::contains));
    }

    @Test
    void positiveReferencesAreTheEvidenceConditions() {
        Set<String> positive = new TreeSet<>();
        Expression.parse("1 && !(2 || !3) && stays_not").collectPositive(false, positive);
        assertEquals(Set.of("1", "3", "stays_not"), positive);
    }

    @Test
    void syntaxErrorsNameThePosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Expression.parse("1 && (2"));
        assertTrue(e.getMessage().contains("missing ')'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Expression.parse("1 &&"));
        assertThrows(IllegalArgumentException.class, () -> Expression.parse("1 2"));
    }
}
