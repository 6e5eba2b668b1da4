package com.voiceqa.core.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CliArgsTest {

    @Test
    void aFlagsValueIsTheNextArgumentUnlessThatIsAFlag() {
        assertEquals("0.3", CliArgs.value(List.of("--x", "0.3"), 1, "--x", "cmd --x N"));
        UserError e = assertThrows(UserError.class, () -> CliArgs.value(List.of("--x", "--y"), 1, "--x", "cmd --x N"));
        assertEquals("--x needs a value. Usage: cmd --x N", e.getMessage());
    }

    @Test
    void aNumberOutOfRangeOrNoNumberSaysWhatTheFlagTakes() {
        assertEquals(0.5, CliArgs.number("0.5", "--p", p -> p > 0 && p < 1, "a probability"));
        for (String bad : List.of("1", "0", "half", "")) {
            UserError e = assertThrows(UserError.class,
                    () -> CliArgs.number(bad, "--p", p -> p > 0 && p < 1, "a probability between 0 and 1"));
            assertEquals("--p takes a probability between 0 and 1, not '" + bad + "'", e.getMessage());
        }
    }
}
