package com.voiceqa.rules.semantic;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a window in its turn and after the previous turn (model format 2, {@code "head": "context-mlp"}): the input
 * is the window's embedding, the whole turn's, the previous turn's (zeros when there is none), whether the customer
 * said the window, whether there is a previous turn and whether the customer said it; one hidden layer ({@link Mlp})
 * gives every label's probability. The context is what a window alone lacks: "对，在比" answers a question about
 * other suppliers, and "以前那家质量不行" means something else inside a turn that goes on "所以才换成你们的".
 */
final class ContextMlpHead implements ClauseHead {

    /** Inputs after the three embeddings: customer, previous turn exists, previous turn by the customer. */
    private static final int FLAGS = 3;

    private final List<String> labels;
    private final Mlp network;

    ContextMlpHead(List<String> labels, Mlp network) {
        if (network.outputs() != labels.size() || (network.inputs() - FLAGS) % 3 != 0) {
            throw new IllegalArgumentException("a context head needs one output per label and three embeddings plus "
                    + FLAGS + " flags as inputs; got " + network.inputs() + " inputs, " + network.outputs()
                    + " outputs for " + labels.size() + " labels");
        }
        this.labels = List.copyOf(labels);
        this.network = network;
    }

    /** The network's input for a window: three embeddings and three flags. */
    static float[] input(Features f) {
        int d = f.window().length;
        float[] x = new float[3 * d + FLAGS];
        System.arraycopy(f.window(), 0, x, 0, d);
        System.arraycopy(f.turn(), 0, x, d, d);
        if (f.previous() != null) {
            System.arraycopy(f.previous(), 0, x, 2 * d, d);
            x[3 * d + 1] = 1;
            x[3 * d + 2] = f.previousCustomer() ? 1 : 0;
        }
        x[3 * d] = f.customer() ? 1 : 0;
        return x;
    }

    static ContextMlpHead read(JsonNode root) throws IOException {
        List<String> labels = new ArrayList<>();
        root.path("labels").forEach(l -> labels.add(l.asString()));
        try {
            return new ContextMlpHead(labels, Mlp.read(root.path("network")));
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage() + "; train the model again (train-semantic --head context-mlp)", e);
        }
    }

    @Override
    public void write(ObjectNode root) {
        labels.forEach(root.putArray("labels")::add);
        network.write(root.putObject("network"));
    }

    @Override
    public HeadKind kind() {
        return HeadKind.CONTEXT_MLP;
    }

    @Override
    public List<String> labels() {
        return labels;
    }

    @Override
    public double[] probabilities(Features features) {
        return network.predict(input(features));
    }
}
