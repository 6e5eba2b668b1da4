package com.voiceqa.rules.semantic;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One logistic regression per label over the window's embedding and the speaker role (model format 1, the shipped
 * {@code churn-clauses}): {@code p = sigmoid(vector · embedding + speaker · isCustomer + bias)}.
 */
final class LinearHead implements ClauseHead {

    /** One label's weights. */
    record Weights(double[] vector, double speaker, double bias) {
    }

    private final Map<String, Weights> weights;
    private final List<String> labels;

    LinearHead(Map<String, Weights> weights) {
        this.weights = new LinkedHashMap<>(weights);
        this.labels = List.copyOf(weights.keySet());
    }

    static LinearHead read(JsonNode root) {
        Map<String, Weights> weights = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.path("labels").properties()) {
            JsonNode w = e.getValue();
            double[] vector = new double[w.path("vector").size()];
            for (int i = 0; i < vector.length; i++) {
                vector[i] = w.path("vector").get(i).asDouble();
            }
            weights.put(e.getKey(), new Weights(vector, w.path("speaker").asDouble(), w.path("bias").asDouble()));
        }
        return new LinearHead(weights);
    }

    @Override
    public void write(ObjectNode root) {
        ObjectNode out = root.putObject("labels");
        weights.forEach((label, w) -> {
            ObjectNode node = out.putObject(label);
            node.put("speaker", round(w.speaker())).put("bias", round(w.bias()));
            var vector = node.putArray("vector");
            for (double x : w.vector()) {
                vector.add(round(x));
            }
        });
    }

    private static double round(double x) {
        return Math.round(x * 1e5) / 1e5;
    }

    @Override
    public HeadKind kind() {
        return HeadKind.LINEAR;
    }

    @Override
    public int format() {
        return 1;
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public double[] probabilities(Features f) {
        double[] out = new double[labels.size()];
        for (int k = 0; k < out.length; k++) {
            Weights w = weights.get(labels.get(k));
            double z = w.bias() + (f.customer() ? w.speaker() : 0);
            for (int i = 0; i < f.window().length; i++) {
                z += w.vector()[i] * f.window()[i];
            }
            out[k] = 1 / (1 + Math.exp(-z));
        }
        return out;
    }
}
