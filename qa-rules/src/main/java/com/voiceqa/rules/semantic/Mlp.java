package com.voiceqa.rules.semantic;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;

/**
 * A network with one hidden layer of ReLU units and one sigmoid output per label (multi-label), over raw inputs
 * (the trainer folds its standardization into the first layer). Weights are input-major ({@code w1[j * hidden + h]},
 * {@code w2[h * outputs + k]}), so both layers are read as runs of adjacent numbers. Immutable by convention: the
 * arrays are not copied, and nobody writes them after the trainer returns.
 */
public record Mlp(int inputs, int hidden, int outputs, float[] w1, float[] b1, float[] w2, float[] b2) {

    public Mlp {
        if (w1.length != inputs * hidden || b1.length != hidden || w2.length != hidden * outputs
                || b2.length != outputs) {
            throw new IllegalArgumentException("network weights do not match " + inputs + " inputs, " + hidden
                    + " hidden units, " + outputs + " outputs");
        }
    }

    /** The probability of each output for input {@code x}. */
    public double[] predict(float[] x) {
        float[] a = b1.clone();
        for (int j = 0; j < inputs; j++) {
            float xj = x[j];
            if (xj != 0) {
                int row = j * hidden;
                for (int h = 0; h < hidden; h++) {
                    a[h] += xj * w1[row + h];
                }
            }
        }
        double[] out = new double[outputs];
        for (int k = 0; k < outputs; k++) {
            out[k] = b2[k];
        }
        for (int h = 0; h < hidden; h++) {
            if (a[h] > 0) {
                for (int k = 0; k < outputs; k++) {
                    out[k] += a[h] * w2[h * outputs + k];
                }
            }
        }
        for (int k = 0; k < outputs; k++) {
            out[k] = 1 / (1 + Math.exp(-out[k]));
        }
        return out;
    }

    /** Writes the shape and the weights (little-endian float32, Base64: exact and a third of decimal text's size). */
    void write(ObjectNode node) {
        node.put("inputs", inputs).put("hidden", hidden).put("outputs", outputs);
        node.put("w1", encode(w1)).put("b1", encode(b1)).put("w2", encode(w2)).put("b2", encode(b2));
    }

    static Mlp read(JsonNode node) throws IOException {
        try {
            return new Mlp(node.path("inputs").asInt(), node.path("hidden").asInt(), node.path("outputs").asInt(),
                    decode(node, "w1"), decode(node, "b1"), decode(node, "w2"), decode(node, "b2"));
        } catch (IllegalArgumentException e) {
            throw new IOException("damaged network in model file: " + e.getMessage()
                    + "; train the model again (train-semantic)", e);
        }
    }

    static String encode(float[] values) {
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    static float[] decode(JsonNode node, String field) {
        byte[] bytes = Base64.getDecoder().decode(node.path(field).asString(""));
        float[] out = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
        return out;
    }
}
