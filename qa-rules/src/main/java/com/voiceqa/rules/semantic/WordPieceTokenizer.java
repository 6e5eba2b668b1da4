package com.voiceqa.rules.semantic;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BERT WordPiece tokenization as configured by a Hugging Face {@code tokenizer.json} (BertNormalizer without
 * lower-casing, BertPreTokenizer, WordPiece with the {@code ##} prefix, {@code [CLS] … [SEP]}). Every CJK character
 * becomes its own word, which is all Chinese text needs; Latin words are split greedily longest-first.
 */
final class WordPieceTokenizer {

    private static final int MAX_WORD_CHARS = 100;

    private final Map<String, Integer> vocab;
    private final int unknown;
    private final int cls;
    private final int sep;

    private WordPieceTokenizer(Map<String, Integer> vocab) {
        this.vocab = vocab;
        this.unknown = id(vocab, "[UNK]");
        this.cls = id(vocab, "[CLS]");
        this.sep = id(vocab, "[SEP]");
    }

    static WordPieceTokenizer load(InputStream tokenizerJson) throws IOException {
        JsonNode model = JsonMapper.shared().readTree(tokenizerJson).path("model");
        if (!"WordPiece".equals(model.path("type").asString())) {
            throw new IOException("tokenizer.json: expected a WordPiece model, got " + model.path("type"));
        }
        Map<String, Integer> vocab = new HashMap<>();
        model.path("vocab").properties().forEach(e -> vocab.put(e.getKey(), e.getValue().asInt()));
        return new WordPieceTokenizer(vocab);
    }

    /** Token ids of {@code text} wrapped in [CLS] and [SEP], at most {@code maxTokens} in all. */
    long[] encode(String text, int maxTokens) {
        List<Integer> ids = new ArrayList<>();
        ids.add(cls);
        for (String word : words(text)) {
            wordPieces(word, ids);
        }
        if (ids.size() > maxTokens - 1) {
            ids = ids.subList(0, maxTokens - 1);
        }
        ids.add(sep);
        return ids.stream().mapToLong(Integer::longValue).toArray();
    }

    /** BertNormalizer + BertPreTokenizer: CJK characters and punctuation stand alone, whitespace separates. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == 0 || cp == 0xFFFD || Character.isISOControl(cp) && !Character.isWhitespace(cp)) {
                return;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                flush(word, words);
            } else if (isCjk(cp) || isPunctuation(cp)) {
                flush(word, words);
                words.add(Character.toString(cp));
            } else {
                word.appendCodePoint(cp);
            }
        });
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private void wordPieces(String word, List<Integer> out) {
        if (word.length() > MAX_WORD_CHARS) {
            out.add(unknown);
            return;
        }
        List<Integer> pieces = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            Integer found = null;
            int end = word.length();
            for (; end > start; end--) {
                String piece = (start > 0 ? "##" : "") + word.substring(start, end);
                found = vocab.get(piece);
                if (found != null) {
                    break;
                }
            }
            if (found == null) {
                out.add(unknown);
                return;
            }
            pieces.add(found);
            start = end;
        }
        out.addAll(pieces);
    }

    private static boolean isCjk(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0x3400 && cp <= 0x4DBF || cp >= 0x20000 && cp <= 0x2A6DF
                || cp >= 0x2A700 && cp <= 0x2CEAF || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x2F800 && cp <= 0x2FA1F;
    }

    private static boolean isPunctuation(int cp) {
        if (cp >= 33 && cp <= 47 || cp >= 58 && cp <= 64 || cp >= 91 && cp <= 96 || cp >= 123 && cp <= 126) {
            return true;
        }
        int type = Character.getType(cp);
        return type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
    }

    private static int id(Map<String, Integer> vocab, String token) {
        Integer id = vocab.get(token);
        if (id == null) {
            throw new IllegalArgumentException("tokenizer vocabulary has no " + token);
        }
        return id;
    }
}
