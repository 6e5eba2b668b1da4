package com.voiceqa.rules.hotword;

import com.voiceqa.core.Segment;
import com.voiceqa.rules.CallRecord;
import com.voiceqa.rules.text.Pinyin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * An editable hot-word lexicon and its matcher: recognizer text whose pinyin sounds like a listed term is rewritten
 * to the term ("海穿科技" → "海川科技"), before rules and indexing. The rewrite replaces character for character, so
 * offsets into the corrected text are offsets into the raw text too, and the raw text can be kept and shown.
 *
 * <p>File format, UTF-8, one entry a line: {@code term,pinyin,weight}; pinyin (syllables separated by spaces) may be
 * left empty to take the characters' common readings, weight defaults to 5 ({@link Hotword}). {@code #} starts a
 * comment. Immutable and thread-safe.
 */
public final class HotwordLexicon {

    static final long MAX_FILE_BYTES = 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;
    static final int MAX_TERM_CHARS = 16;
    private static final int DEFAULT_WEIGHT = 5;

    private final List<Hotword> words;

    private HotwordLexicon(List<Hotword> words) {
        // longest first, then heavier: at one position the most specific term wins
        this.words = words.stream().sorted(Comparator.comparingInt((Hotword w) -> -w.term().length())
                .thenComparingInt(w -> -w.weight())).toList();
    }

    public static HotwordLexicon empty() {
        return new HotwordLexicon(List.of());
    }

    /** Reads a lexicon file; every bad line is reported at once, with its number and what to fix. */
    public static HotwordLexicon load(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new IllegalArgumentException(file + " is larger than 1 MB; a hot-word lexicon holds names, not documents");
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
    }

    public static HotwordLexicon parse(String content, String source) {
        List<Hotword> words = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                words.add(entry(line));
            } catch (IllegalArgumentException e) {
                problems.add(source + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        if (words.size() > MAX_ENTRIES) {
            problems.add(source + ": " + words.size() + " entries; at most " + MAX_ENTRIES);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("hot-word lexicon has errors; fix these lines:\n  "
                    + String.join("\n  ", problems));
        }
        return new HotwordLexicon(words);
    }

    private static Hotword entry(String line) {
        String[] fields = line.split(",", -1);
        if (fields.length > 3) {
            throw new IllegalArgumentException("expected term,pinyin,weight, got " + fields.length + " fields");
        }
        String term = fields[0].strip();
        if (term.length() < 2 || term.length() > MAX_TERM_CHARS
                || !term.chars().allMatch(c -> Pinyin.of((char) c) != null)) {
            throw new IllegalArgumentException("term '" + term + "' must be 2 to " + MAX_TERM_CHARS
                    + " Chinese characters");
        }
        String pinyin = fields.length > 1 ? fields[1].strip().toLowerCase(Locale.ROOT) : "";
        List<String> syllables = pinyin.isEmpty() ? Pinyin.syllables(term) : Arrays.asList(pinyin.split("\\s+"));
        if (!syllables.stream().allMatch(s -> s.matches("[a-zv]{1,6}"))) {
            throw new IllegalArgumentException("pinyin '" + pinyin + "' must be toneless syllables separated by spaces");
        }
        int weight = DEFAULT_WEIGHT;
        if (fields.length > 2 && !fields[2].isBlank()) {
            try {
                weight = Integer.parseInt(fields[2].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("weight '" + fields[2].strip() + "' must be a whole number 1 to 11");
            }
        }
        return new Hotword(term, syllables, weight);
    }

    public List<Hotword> words() {
        return words;
    }

    /** A rewrite: {@code [start, end)} of the raw text, what was heard there and the term written instead. */
    public record Replacement(int start, int end, String heard, String term) {
    }

    /** Corrected text (same length as the raw text) and the rewrites made. */
    public record Correction(String raw, String text, List<Replacement> replacements) {
    }

    /** Rewrites every stretch of Chinese characters (spaces between them allowed) that sounds like a term. */
    public Correction apply(String raw) {
        if (words.isEmpty() || raw == null || raw.isEmpty()) {
            return new Correction(raw, raw, List.of());
        }
        char[] out = raw.toCharArray();
        List<Replacement> replacements = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<String> syllables = new ArrayList<>();
        for (int i = 0; i <= raw.length(); i++) {
            char c = i < raw.length() ? raw.charAt(i) : '.';
            String syllable = Pinyin.of(c);
            if (syllable != null) {
                positions.add(i);
                syllables.add(syllable);
            } else if (!Character.isWhitespace(c)) {
                correctRun(raw, positions, syllables, out, replacements);
                positions.clear();
                syllables.clear();
            }
        }
        return new Correction(raw, new String(out), List.copyOf(replacements));
    }

    /** One run of Chinese characters: at each position the longest term heard there, then past it. */
    private void correctRun(String raw, List<Integer> positions, List<String> syllables, char[] out,
                            List<Replacement> replacements) {
        int at = 0;
        while (at < syllables.size()) {
            Hotword match = null;
            for (Hotword w : words) {
                int n = w.term().length();
                if (at + n <= syllables.size() && w.heardIn(syllables.subList(at, at + n))) {
                    match = w;
                    break;
                }
            }
            if (match == null) {
                at++;
                continue;
            }
            int n = match.term().length();
            int start = positions.get(at);
            int end = positions.get(at + n - 1) + 1;
            StringBuilder heard = new StringBuilder(n);
            for (int k = 0; k < n; k++) {
                heard.append(raw.charAt(positions.get(at + k)));
            }
            if (!heard.toString().equals(match.term())) {
                for (int k = 0; k < n; k++) {
                    out[positions.get(at + k)] = match.term().charAt(k);
                }
                replacements.add(new Replacement(start, end, raw.substring(start, end), match.term()));
            }
            at += n;
        }
    }

    /** The call with every utterance corrected; times, speakers and metrics unchanged. Keep the raw call to show it. */
    public CallRecord correct(CallRecord call) {
        if (words.isEmpty()) {
            return call;
        }
        return new CallRecord(call.callId(), call.metadata(), call.utterances().stream().map(this::correct).toList(),
                call.metrics());
    }

    /**
     * One recognizer segment corrected, for live calls. The word list is kept as the recognizer gave it (its timings
     * still serve playback); the segment text is what rules and the index read.
     */
    public Segment correct(Segment segment) {
        Correction c = apply(segment.text());
        return c.replacements().isEmpty() ? segment
                : new Segment(segment.speaker(), segment.start(), segment.end(), c.text(), segment.words());
    }
}
