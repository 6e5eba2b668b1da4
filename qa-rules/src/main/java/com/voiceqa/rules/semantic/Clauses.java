package com.voiceqa.rules.semantic;

import com.voiceqa.rules.text.Punctuation;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an utterance into the stretches a sentence encoder reads one at a time: windows of {@link #WINDOW} characters
 * every {@link #STRIDE} (an utterance of up to {@code WINDOW + STRIDE} characters whole), counted and read without
 * punctuation. A recognizer writes no punctuation, so the model is trained and run on what a recognizer gives; punctuated
 * text is read the same way, so it scores what the same words without punctuation score. Splitting at punctuation
 * was measured worse (docs/packs-history.md, packs 2026.12.2): a short clause ("说是楼里的交换机坏了") loses the words around
 * it that say what it is about, and the model then names the wrong category.
 */
public final class Clauses {

    static final int WINDOW = 20;
    static final int STRIDE = 10;

    private Clauses() {
    }

    /** A window: {@code [start, end)} in the text, punctuation inside it included (the evidence shown). */
    public record Span(int start, int end) {
        public String of(String text) {
            return text.substring(start, end);
        }

        /** What the encoder reads: the window without punctuation. */
        public String read(String text) {
            StringBuilder out = new StringBuilder(end - start);
            for (int i = start; i < end; i++) {
                if (!Punctuation.is(text.charAt(i))) {
                    out.append(text.charAt(i));
                }
            }
            return out.toString().strip();
        }
    }

    /** What a context head reads of a whole turn: its text without punctuation, like a window. */
    public static String whole(String text) {
        return new Span(0, text.length()).read(text);
    }

    public static List<Span> split(String text) {
        List<Integer> content = new ArrayList<>(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Punctuation.is(c) && !(Character.isWhitespace(c) && content.isEmpty())) {
                content.add(i);
            }
        }
        List<Span> out = new ArrayList<>();
        if (content.isEmpty()) {
            return out;
        }
        int n = content.size();
        int windows = n <= WINDOW + STRIDE ? 1 : (n - WINDOW + STRIDE - 1) / STRIDE + 1;
        for (int w = 0; w < windows; w++) {
            int first = w * STRIDE;
            int last = windows == 1 ? n - 1 : Math.min(first + WINDOW, n) - 1;
            out.add(new Span(content.get(first), content.get(last) + 1));
        }
        return out;
    }
}
