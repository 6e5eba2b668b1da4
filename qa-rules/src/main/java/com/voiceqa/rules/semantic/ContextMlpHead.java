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
 * <p>A head may also read the turn after the window's ({@code train-semantic --next-turn}, format 5, {@code
 * "nextTurn": true}): a fourth embedding and two more flags (a next turn exists, the customer said it), because the
 * rep's reply says how the rep heard the turn ("那我跟领导申请一下价格" after a price remark, "没事，您先忙" after a
 * polite "回头再说"). Its input is then the four embeddings and five flags.
 *
 * <p>A head may be several such networks trained on the same data from different seeds ({@code train-semantic
 * --head-seeds N}): its probability is the mean of theirs, which smooths what one seed's early stop happened to learn
 * by heart. Stored as {@code "networks"} (format 4); a single network stays {@code "network"} (format 2).
 */
final class ContextMlpHead implements ClauseHead {

    private static final String NETWORK_FIELD = "network";
    private static final String ENSEMBLE_FIELD = "networks";
    private static final String NEXT_TURN_FIELD = "nextTurn";

    private final List<String> labels;
    /** One network, or a seed ensemble whose probabilities are averaged; all of the same shape. */
    private final List<Mlp> networks;
    private final boolean readsNext;

    ContextMlpHead(List<String> labels, List<Mlp> networks, boolean readsNext) {
        if (networks.isEmpty()) {
            throw new IllegalArgumentException("a context head needs at least one network");
        }
        int blocks = embeddings(readsNext);
        for (Mlp network : networks) {
            if (network.outputs() != labels.size() || (network.inputs() - flags(readsNext)) % blocks != 0
                    || network.inputs() != networks.getFirst().inputs()) {
                throw new IllegalArgumentException("a context head needs one output per label and " + blocks
                        + " embeddings plus " + flags(readsNext) + " flags as inputs, the same in every network; got "
                        + network.inputs() + " inputs, " + network.outputs() + " outputs for " + labels.size()
                        + " labels");
            }
        }
        this.labels = List.copyOf(labels);
        this.networks = List.copyOf(networks);
        this.readsNext = readsNext;
    }

    /** Embeddings in the input: the window's, the turn's, the previous turn's and, when read, the next turn's. */
    static int embeddings(boolean readsNext) {
        return readsNext ? 4 : 3;
    }

    /**
     * Flags after the embeddings: customer; previous turn exists, said by the customer; next turn exists, said by the
     * customer.
     */
    private static int flags(boolean readsNext) {
        return readsNext ? 5 : 3;
    }

    /** The network's input for a window: the embeddings, then the flags. */
    static float[] input(Features f, boolean readsNext) {
        int d = f.window().length;
        int blocks = embeddings(readsNext);
        float[] x = new float[blocks * d + flags(readsNext)];
        System.arraycopy(f.window(), 0, x, 0, d);
        System.arraycopy(f.turn(), 0, x, d, d);
        x[blocks * d] = f.customer() ? 1 : 0;
        if (f.previous() != null) {
            System.arraycopy(f.previous(), 0, x, 2 * d, d);
            x[blocks * d + 1] = 1;
            x[blocks * d + 2] = f.previousCustomer() ? 1 : 0;
        }
        if (readsNext && f.next() != null) {
            System.arraycopy(f.next(), 0, x, 3 * d, d);
            x[blocks * d + 3] = 1;
            x[blocks * d + 4] = f.nextCustomer() ? 1 : 0;
        }
        return x;
    }

    /** Whether the head reads the turn after the window's. */
    boolean readsNext() {
        return readsNext;
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
            return new ContextMlpHead(labels, networks, root.path(NEXT_TURN_FIELD).asBoolean(false));
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage() + "; train the model again (train-semantic --head context-mlp)", e);
        }
    }

    @Override
    public void write(ObjectNode root) {
        labels.forEach(root.putArray("labels")::add);
        if (readsNext) {
            root.put(NEXT_TURN_FIELD, true);
        }
        if (networks.size() == 1) {
            networks.getFirst().write(root.putObject(NETWORK_FIELD));
        } else {
            var ensemble = root.putArray(ENSEMBLE_FIELD);
            networks.forEach(network -> network.write(ensemble.addObject()));
        }
    }

    @Override
    public int format() {
        if (readsNext) {
            return ClauseModel.FORMAT_NEXT_TURN;
        }
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
        float[] x = input(features, readsNext);
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
