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
 *
 * <p>A head may be several such networks trained on the same data from different seeds ({@code train-semantic
 * --head-seeds N}): its probability is the mean of theirs, which smooths what one seed's early stop happened to learn
 * by heart. Stored as {@code "networks"} (format 4); a single network stays {@code "network"} (format 2).
 */
final class ContextMlpHead implements ClauseHead {

    /** Inputs after the three embeddings: customer, previous turn exists, previous turn by the customer. */
    private static final int FLAGS = 3;
    private static final String NETWORK_FIELD = "network";
    private static final String ENSEMBLE_FIELD = "networks";

    private final List<String> labels;
    /** One network, or a seed ensemble whose probabilities are averaged; all of the same shape. */
    private final List<Mlp> networks;

    ContextMlpHead(List<String> labels, List<Mlp> networks) {
        if (networks.isEmpty()) {
            throw new IllegalArgumentException("a context head needs at least one network");
        }
        for (Mlp network : networks) {
            if (network.outputs() != labels.size() || (network.inputs() - FLAGS) % 3 != 0
                    || network.inputs() != networks.getFirst().inputs()) {
                throw new IllegalArgumentException("a context head needs one output per label and three embeddings"
                        + " plus " + FLAGS + " flags as inputs, the same in every network; got " + network.inputs()
                        + " inputs, " + network.outputs() + " outputs for " + labels.size() + " labels");
            }
        }
        this.labels = List.copyOf(labels);
        this.networks = List.copyOf(networks);
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
        List<Mlp> networks = new ArrayList<>();
        if (root.has(ENSEMBLE_FIELD)) {
            for (JsonNode network : root.path(ENSEMBLE_FIELD)) {
                networks.add(Mlp.read(network));
            }
        } else {
            networks.add(Mlp.read(root.path(NETWORK_FIELD)));
        }
        try {
            return new ContextMlpHead(labels, networks);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage() + "; train the model again (train-semantic --head context-mlp)", e);
        }
    }

    @Override
    public void write(ObjectNode root) {
        labels.forEach(root.putArray("labels")::add);
        if (networks.size() == 1) {
            networks.getFirst().write(root.putObject(NETWORK_FIELD));
        } else {
            var ensemble = root.putArray(ENSEMBLE_FIELD);
            networks.forEach(network -> network.write(ensemble.addObject()));
        }
    }

    @Override
    public int format() {
        return networks.size() == 1 ? ClauseModel.FORMAT_CONTEXT_HEAD : ClauseModel.FORMAT_ENSEMBLE;
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
        float[] x = input(features);
        if (networks.size() == 1) {
            return networks.getFirst().predict(x);
        }
        double[] mean = new double[labels.size()];
        for (Mlp network : networks) {
            double[] p = network.predict(x);
            for (int k = 0; k < mean.length; k++) {
                mean[k] += p[k] / networks.size();
            }
        }
        return mean;
    }
}
