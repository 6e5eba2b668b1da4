package com.voiceqa.rules.semantic;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an utterance into the stretches a sentence encoder reads one at a time. Punctuation ends a clause; a
 * clause of one character joins the next. Recognizer output has no punctuation, so a long unpunctuated stretch is
 * read in overlapping windows: a signal is rarely longer than a window, and a whole long segment would dilute it.
 */
public final class Clauses {

    static final int WINDOW = 20;
    static final int STRIDE = 10;
    private static final String BREAKS = "，。？！；,.?!;…、：:";

    private Clauses() {
    }

    /** A clause: {@code [start, end)} in the text. */
    public record Span(int start, int end) {
        public String of(String text) {
            return text.substring(start, end);
        }
    }

    public static List<Span> split(String text) {
        List<Span> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || BREAKS.indexOf(text.charAt(i)) >= 0) {
                int s = skipSpaces(text, start, i);
                if (i - s >= 2 || i - s == 1 && i == text.length() && pieces.isEmpty()) {
                    windows(s, i, pieces);
                } else if (i - s == 1 && i < text.length()) {
                    start = s;
                    continue; // a one-character clause (嗯，) joins the next one
                }
                start = i + 1;
            }
        }
        return pieces;
    }

    private static int skipSpaces(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static void windows(int start, int end, List<Span> out) {
        if (end - start <= WINDOW + STRIDE) {
            out.add(new Span(start, end));
            return;
        }
        for (int s = start; ; s += STRIDE) {
            int e = Math.min(s + WINDOW, end);
            out.add(new Span(s, e));
            if (e == end) {
                return;
            }
        }
    }
}
