package com.voiceqa.rules.semantic;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real bge-small-zh model, run by ONNX Runtime. */
class SentenceEncoderTest {

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    @Test
    void aParaphraseIsCloserThanAnUnrelatedSentence() {
        SentenceEncoder encoder = SentenceEncoder.builtIn();
        float[] trial = encoder.encode("调度这两个礼拜在试另一家的系统");
        float[] paraphrase = encoder.encode("我们已经在试用别家的系统了");
        float[] unrelated = encoder.encode("今天中午食堂的饭菜不错");
        assertEquals(512, trial.length);
        assertEquals(1.0, cosine(trial, trial), 1e-4, "embeddings are unit length");
        assertTrue(cosine(trial, paraphrase) > cosine(trial, unrelated),
                cosine(trial, paraphrase) + " <= " + cosine(trial, unrelated));
    }

    @Test
    void anyTextIsEncodedWithoutFailing() {
        SentenceEncoder encoder = SentenceEncoder.builtIn();
        assertEquals(512, encoder.encode("").length);
        assertEquals(512, encoder.encode("OK，ABC公司的报价 is 低2成\u0000\uFFFD").length);
        assertEquals(512, encoder.encode("贵".repeat(5000)).length, "long text is truncated to the model's window");
    }

    @Test
    void tokenizerSplitsChineseByCharacterAndLatinByWordPiece() throws Exception {
        WordPieceTokenizer tokenizer;
        try (var json = SentenceEncoder.class.getClassLoader()
                .getResourceAsStream(SentenceEncoder.BUILT_IN_NAME + "-tokenizer.json")) {
            tokenizer = WordPieceTokenizer.load(json);
        }
        long[] ids = tokenizer.encode("不续了", 128);
        assertEquals(5, ids.length, "[CLS] 不 续 了 [SEP]");
        assertEquals(101, ids[0]);
        assertEquals(102, ids[4]);
        assertEquals(8, tokenizer.encode("不续了".repeat(10), 8).length);
    }
}
