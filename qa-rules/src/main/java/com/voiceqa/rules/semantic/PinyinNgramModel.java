package com.voiceqa.rules.semantic;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The clause model's optional reading by sound ({@code train-semantic --pinyin-ngrams}): one logistic regression per
 * label over a window's {@link PinyinNgrams} and the speaker role. {@link ClauseModel} reports the mean of its
 * probability and the head's, so a window the encoder reads poorly because a recognizer swapped homophones still
 * counts by what it sounds like. Stored in the model file as the block {@code "pinyinNgrams"} (format 3); weights
 * as Base64 float32, label-major; {@code "negation": true} when it reads negation-marked n-grams too
 * ({@link PinyinNgrams}; absent in files written before they existed, which read as before).
 */
final class PinyinNgramModel {

    static final String FIELD = "pinyinNgrams";

    private final List<String> labels;
    /** {@code weights[k * DIMENSIONS + j]}: label k, bucket j. */
    private final float[] weights;
    private final float[] speaker;
    private final float[] bias;
    private final boolean negationMarks;

    PinyinNgramModel(List<String> labels, float[] weights, float[] speaker, float[] bias, boolean negationMarks) {
        if (weights.length != labels.size() * PinyinNgrams.DIMENSIONS || speaker.length != labels.size()
                || bias.length != labels.size()) {
            throw new IllegalArgumentException("pinyin n-gram weights do not match " + labels.size() + " labels of "
                    + PinyinNgrams.DIMENSIONS + " buckets");
        }
        this.labels = List.copyOf(labels);
        this.weights = weights;
        this.speaker = speaker;
        this.bias = bias;
        this.negationMarks = negationMarks;
    }

    List<String> labels() {
        return labels;
    }

    /** Whether the model reads negation-marked n-grams ({@link PinyinNgrams#of(String, boolean)}). */
    boolean negationMarks() {
        return negationMarks;
    }

    /** One probability per label, in the order of {@link #labels()}. */
    double[] probabilities(String window, boolean customer) {
        return probabilities(PinyinNgrams.of(window, negationMarks), customer);
    }

    double[] probabilities(PinyinNgrams.Vector x, boolean customer) {
        double[] out = new double[labels.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = probability(k, x, customer);
        }
        return out;
    }

    double probability(int label, PinyinNgrams.Vector x, boolean customer) {
        return 1 / (1 + Math.exp(-logit(label, x, customer)));
    }

    double logit(int label, PinyinNgrams.Vector x, boolean customer) {
        double z = bias[label] + (customer ? speaker[label] : 0);
        int row = label * PinyinNgrams.DIMENSIONS;
        for (int j = 0; j < x.index().length; j++) {
            z += weights[row + x.index()[j]] * x.value()[j];
        }
        return z;
    }

    void write(ObjectNode root) {
        ObjectNode node = root.putObject(FIELD);
        node.put("bits", PinyinNgrams.BITS).put("longest", PinyinNgrams.LONGEST);
        if (negationMarks) {
            node.put("negation", true);
        }
        labels.forEach(node.putArray("labels")::add);
        node.put("weights", Mlp.encode(weights)).put("speaker", Mlp.encode(speaker)).put("bias", Mlp.encode(bias));
    }

    /** The block of a model file, or null when the model has none. */
    static PinyinNgramModel read(JsonNode root) throws IOException {
        JsonNode node = root.path(FIELD);
        if (node.isMissingNode()) {
            return null;
        }
        if (node.path("bits").asInt() != PinyinNgrams.BITS || node.path("longest").asInt() != PinyinNgrams.LONGEST) {
            throw new IOException("pinyin n-grams of " + node.path("bits").asInt() + " bits up to "
                    + node.path("longest").asInt() + " syllables; this VoiceQA reads " + PinyinNgrams.BITS
                    + " bits up to " + PinyinNgrams.LONGEST + ": train the model again (train-semantic --pinyin-ngrams)");
        }
        List<String> labels = new ArrayList<>();
        node.path("labels").forEach(l -> labels.add(l.asString()));
        try {
            return new PinyinNgramModel(labels, Mlp.decode(node, "weights"), Mlp.decode(node, "speaker"),
                    Mlp.decode(node, "bias"), node.path("negation").asBoolean(false));
        } catch (IllegalArgumentException e) {
            throw new IOException("damaged pinyin n-grams in model file: " + e.getMessage()
                    + "; train the model again (train-semantic --pinyin-ngrams)", e);
        }
    }
}
