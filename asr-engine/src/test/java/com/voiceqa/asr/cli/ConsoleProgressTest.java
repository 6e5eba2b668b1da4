package com.voiceqa.asr.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress bar is drawn only on a terminal; a log gets a few plain lines. */
class ConsoleProgressTest {

    @Test
    void pipedIntoALogItPrintsAPlainLineEveryTenPercent() {
        String log = drive(false);
        assertFalse(log.contains("\r"), log);
        List<String> lines = log.lines().toList();
        assertEquals(11, lines.size(), log);
        assertEquals("transcribing 0%  0.0/60.0 s", lines.getFirst());
        assertEquals("transcribing 100%  60.0/60.0 s", lines.getLast());
    }

    @Test
    void onATerminalItRedrawsOneBarInPlace() {
        String screen = drive(true);
        assertTrue(screen.contains("\rtranscribing [###############---------------]  50%"), screen);
        assertEquals(1, screen.chars().filter(c -> c == '\n').count(), "one line, redrawn, ended once");
    }

    @Test
    void testsDoNotRunOnATerminal() {
        assertFalse(ConsoleProgress.onTerminal(), "surefire pipes the test JVM's output");
    }

    private static String drive(boolean terminal) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsoleProgress progress = new ConsoleProgress(new PrintStream(out, true, StandardCharsets.UTF_8),
                "transcribing", 1, "s", terminal);
        for (int i = 0; i <= 600; i++) {
            progress.progress(i / 10.0, 60);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
