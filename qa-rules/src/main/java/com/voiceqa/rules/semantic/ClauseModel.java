package com.voiceqa.rules.semantic;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A trained clause classifier: for each label, a logistic regression over the clause's sentence embedding and the
 * speaker role. It answers "how likely does this clause say a competitor trial / a price complaint / …", which
 * generalizes to wordings no keyword list has seen. Weights are stored as JSON; {@link ClauseModelTrainer} makes them
 * from labeled calls and utterance banks.
 *
 * <p>Invariant: every weight vector has the encoder's dimension; the model names the encoder it was trained with and
 * is only used with that encoder. Thread-safe; its only state is a cache of recently scored utterances.
 */
public final class ClauseModel {

    private static final String RESOURCE_DIR = "com/voiceqa/rules/semantic/";
    private static final Map<String, ClauseModel> LOADED = new ConcurrentHashMap<>();
    private static final int CACHE_SIZE = 4096;

    private final String name;
    private final String encoderName;
    private final Map<String, Weights> labels;
    private final JsonNode training;
    private volatile SentenceEncoder encoder;
    private final Map<String, List<Scored>> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Scored>> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** One label's weights: {@code p = sigmoid(vector · embedding + speaker · isCustomer + bias)}. */
    record Weights(double[] vector, double speaker, double bias) {
    }

    /** A clause and the probability of each label. */
    public record Scored(Clauses.Span span, Map<String, Double> probabilities) {
    }

    ClauseModel(String name, String encoderName, Map<String, Weights> labels, JsonNode training, SentenceEncoder encoder) {
        this.name = name;
        this.encoderName = encoderName;
        this.labels = Map.copyOf(labels);
        this.training = training;
        this.encoder = encoder;
    }

    /**
     * A model by name ({@link ModelFiles}: the trained-models folder, else {@code semantic/<name>.json} shipped next to
     * this class). Loaded once.
     */
    public static ClauseModel named(String name) {
        return LOADED.computeIfAbsent(ModelFiles.checked(name), ClauseModel::load);
    }

    /**
     * Makes {@link #named} answer {@code model} for its name until the returned handle is closed, so that a
     * measurement runs the real rule packs with a model trained for it (cross-validation trains one per fold). For
     * evaluation tools only; the product never replaces a loaded model.
     */
    public static StandIn standIn(ClauseModel model) {
        ClauseModel previous = LOADED.put(model.name(), model);
        return () -> {
            if (previous == null) {
                LOADED.remove(model.name(), model);
            } else {
                LOADED.replace(model.name(), model, previous);
            }
        };
    }

    /** A model standing in for another of its name; closing puts the other back. */
    public interface StandIn extends AutoCloseable {
        @Override
        void close();
    }

    private static ClauseModel load(String name) {
        try (InputStream in = ModelFiles.open(name, RESOURCE_DIR)) {
            if (in == null) {
                throw new IllegalArgumentException("no semantic model '" + name + "' (built-in: churn-clauses;"
                        + " trained models go in the folder named by VOICEQA_SEMANTIC_MODELS)");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read semantic model '" + name + "': " + e.getMessage(), e);
        }
    }

    /** Reads a model; its encoder is loaded on first use, so that validating a rule pack stays fast. */
    static ClauseModel read(InputStream in) throws IOException {
        JsonNode root = JsonMapper.shared().readTree(in);
        String encoderName = root.path("encoder").asString();
        if (!encoderName.equals(SentenceEncoder.BUILT_IN_NAME)) {
            throw new IOException("model was trained with encoder '" + encoderName + "'; only "
                    + SentenceEncoder.BUILT_IN_NAME + " is available");
        }
        Map<String, Weights> labels = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.path("labels").properties()) {
            JsonNode w = e.getValue();
            double[] vector = new double[w.path("vector").size()];
            for (int i = 0; i < vector.length; i++) {
                vector[i] = w.path("vector").get(i).asDouble();
            }
            labels.put(e.getKey(), new Weights(vector, w.path("speaker").asDouble(), w.path("bias").asDouble()));
        }
        return new ClauseModel(root.path("name").asString(), encoderName, labels, root.path("training"), null);
    }

    public void write(Path file) throws IOException {
        ObjectNode root = JsonMapper.shared().createObjectNode();
        root.put("name", name).put("encoder", encoderName);
        root.set("training", training);
        ObjectNode out = root.putObject("labels");
        labels.forEach((label, w) -> {
            ObjectNode node = out.putObject(label);
            node.put("speaker", round(w.speaker())).put("bias", round(w.bias()));
            var vector = node.putArray("vector");
            for (double x : w.vector()) {
                vector.add(round(x));
            }
        });
        Files.writeString(file, JsonMapper.shared().writeValueAsString(root));
    }

    private static double round(double x) {
        return Math.round(x * 1e5) / 1e5;
    }

    public String name() {
        return name;
    }

    /** The same model reading through {@code encoder} (e.g. one with a cache), which must be the one it was trained with. */
    public ClauseModel withEncoder(SentenceEncoder encoder) {
        if (!encoder.name().equals(encoderName)) {
            throw new IllegalArgumentException("model " + name + " was trained with " + encoderName + ", not "
                    + encoder.name());
        }
        return new ClauseModel(name, encoderName, labels, training, encoder);
    }

    /** The model read from {@code file} (as {@link #write} writes it). */
    public static ClauseModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public java.util.Set<String> labels() {
        return labels.keySet();
    }

    /**
     * Every clause of {@code text} with its label probabilities. Cached per utterance: every semantic condition of
     * every rule asks about the same utterance, and a live call re-reads its utterances when it ends.
     */
    public List<Scored> score(String text, boolean customer) {
        String key = (customer ? "customer:" : "other:") + text;
        synchronized (recent) {
            List<Scored> cached = recent.get(key);
            if (cached != null) {
                return cached;
            }
        }
        List<Scored> out = new ArrayList<>();
        for (Clauses.Span span : Clauses.split(text)) {
            out.add(new Scored(span, probabilities(encoder().encode(span.read(text)), customer)));
        }
        List<Scored> scored = List.copyOf(out);
        synchronized (recent) {
            recent.put(key, scored);
        }
        return scored;
    }

    private SentenceEncoder encoder() {
        if (encoder == null) {
            encoder = SentenceEncoder.builtIn();
        }
        return encoder;
    }

    Map<String, Double> probabilities(float[] embedding, boolean customer) {
        Map<String, Double> out = new LinkedHashMap<>();
        labels.forEach((label, w) -> {
            double z = w.bias() + (customer ? w.speaker() : 0);
            for (int i = 0; i < embedding.length; i++) {
                z += w.vector()[i] * embedding[i];
            }
            out.put(label, 1 / (1 + Math.exp(-z)));
        });
        return java.util.Collections.unmodifiableMap(out);
    }
}
