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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A trained clause classifier: it answers "how likely does this clause say a competitor trial / a price complaint /
 * …" from the clause's sentence embedding, which generalizes to wordings no keyword list has seen. The trained part
 * is a {@link ClauseHead}: the shipped model's linear head reads the window and the speaker role (format 1); a
 * context head also reads the whole turn and the previous turn (format 2, {@code train-semantic --head context-mlp}),
 * which costs one more encoder call per turn. Either may be joined by a reading by sound ({@link PinyinNgramModel},
 * format 3, {@code train-semantic --pinyin-ngrams}): each label's probability is then the mean of the head's and the
 * pinyin n-grams'. A context head may be a seed ensemble of networks whose probabilities are averaged first
 * (format 4, {@code train-semantic --head-seeds N}), and may read the turn after the window's too (format 5, {@code
 * train-semantic --next-turn}). Weights are stored as JSON; {@link ClauseModelTrainer} makes
 * them from labeled calls and utterance banks.
 *
 * <p>Invariant: the head's inputs have the encoder's dimension; the model names the encoder it was trained with and
 * is only used with that encoder. Thread-safe; its only state is caches of recently scored utterances and texts.
 */
public final class ClauseModel {

    /**
     * The newest model file format this build reads: 1 = linear head, 2 = any {@link HeadKind} named by "head", 3 = a
     * head and pinyin n-grams, 4 = a context head of several networks (a seed ensemble), 5 = a context head that reads
     * the next turn too. An older build must not read a newer file and silently ignore part of the model.
     */
    static final int FORMAT = 5;
    static final int FORMAT_CONTEXT_HEAD = 2;
    static final int FORMAT_NGRAMS = 3;
    static final int FORMAT_ENSEMBLE = 4;
    static final int FORMAT_NEXT_TURN = 5;
    private static final String RESOURCE_DIR = "com/voiceqa/rules/semantic/";
    private static final Map<String, ClauseModel> LOADED = new ConcurrentHashMap<>();
    private static final int CACHE_SIZE = 4096;

    private final String name;
    private final String encoderName;
    private final ClauseHead head;
    /** Null when the model does not read pinyin n-grams. */
    private final PinyinNgramModel ngrams;
    private final JsonNode training;
    private volatile SentenceEncoder encoder;
    private final Map<String, List<Scored>> recent = lru(CACHE_SIZE);
    /**
     * Embeddings of windows and whole turns: a turn is read again as its neighbours' previous and next turn, and a live
     * call reads an utterance again when the reply after it arrives.
     */
    private final Map<String, float[]> embeddings = lru(CACHE_SIZE);

    /** A clause and the probability of each label. */
    public record Scored(Clauses.Span span, Map<String, Double> probabilities) {
    }

    ClauseModel(String name, String encoderName, ClauseHead head, PinyinNgramModel ngrams, JsonNode training,
                SentenceEncoder encoder) {
        if (ngrams != null && !ngrams.labels().equals(head.labels())) {
            throw new IllegalArgumentException("pinyin n-grams' labels " + ngrams.labels() + " are not the head's "
                    + head.labels());
        }
        this.name = name;
        this.encoderName = encoderName;
        this.head = head;
        this.ngrams = ngrams;
        this.training = training;
        this.encoder = encoder;
    }

    private static <V> Map<String, V> lru(int size) {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > size;
            }
        };
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
        int format = root.path("format").asInt(1);
        if (format > FORMAT) {
            throw new IOException("model file format " + format + " is newer than this VoiceQA reads (" + FORMAT
                    + "); update VoiceQA or train the model with this version");
        }
        HeadKind kind;
        try {
            kind = HeadKind.of(root.path("head").asString(HeadKind.LINEAR.id()));
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        ClauseHead head = switch (kind) {
            case LINEAR -> LinearHead.read(root);
            case CONTEXT_MLP -> ContextMlpHead.read(root);
        };
        try {
            return new ClauseModel(root.path("name").asString(), encoderName, head, PinyinNgramModel.read(root),
                    root.path("training"), null);
        } catch (IllegalArgumentException e) {
            throw new IOException("the model file's " + e.getMessage() + "; train the model again", e);
        }
    }

    /**
     * Writes the model in the oldest format that holds it: a linear head alone keeps format 1, a context head alone 2,
     * either with pinyin n-grams 3, a seed ensemble 4, so that older builds read what they can.
     */
    public void write(Path file) throws IOException {
        ObjectNode root = JsonMapper.shared().createObjectNode();
        root.put("name", name).put("encoder", encoderName);
        int format = Math.max(head.format(), ngrams != null ? FORMAT_NGRAMS : 1);
        if (format > 1) {
            root.put("format", format).put("head", head.kind().id());
        }
        root.set("training", training);
        head.write(root);
        if (ngrams != null) {
            ngrams.write(root);
        }
        Files.writeString(file, JsonMapper.shared().writeValueAsString(root));
    }

    public String name() {
        return name;
    }

    public HeadKind head() {
        return head.kind();
    }

    /** The same model reading through {@code encoder} (e.g. one with a cache), which must be the one it was trained with. */
    public ClauseModel withEncoder(SentenceEncoder encoder) {
        if (!encoder.name().equals(encoderName)) {
            throw new IllegalArgumentException("model " + name + " was trained with " + encoderName + ", not "
                    + encoder.name());
        }
        return new ClauseModel(name, encoderName, head, ngrams, training, encoder);
    }

    /** The model read from {@code file} (as {@link #write} writes it). */
    public static ClauseModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public java.util.Set<String> labels() {
        return new java.util.LinkedHashSet<>(head.labels());
    }

    /**
     * Every clause of {@code text} with its label probabilities; a context head also reads the whole turn and
     * {@code previous}, and {@code next} when it reads the next turn ({@link #readsNext}). Cached per utterance and
     * the turns it reads: every semantic condition of every rule asks about the same utterance, and a live call
     * re-reads its utterances when it ends.
     */
    public List<Scored> score(String text, boolean customer, AdjacentTurn previous, AdjacentTurn next) {
        boolean context = head.kind() != HeadKind.LINEAR;
        boolean readsNext = readsNext();
        String key = (customer ? "customer:" : "other:")
                + (context ? turnKey(previous) : "") + (readsNext ? turnKey(next) : "") + text;
        synchronized (recent) {
            List<Scored> cached = recent.get(key);
            if (cached != null) {
                return cached;
            }
        }
        List<Clauses.Span> spans = Clauses.split(text);
        String whole = Clauses.whole(text);
        List<float[]> windows = new ArrayList<>();
        for (Clauses.Span span : spans) {
            // a short turn is one window: its embedding is the turn's, encoded once
            windows.add(embedding(span.read(text)));
        }
        float[] turn = context ? embedding(whole) : null;
        float[] before = context && previous.exists() ? embedding(Clauses.whole(previous.text())) : null;
        float[] after = readsNext && next.exists() ? embedding(Clauses.whole(next.text())) : null;
        List<Scored> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            out.add(new Scored(spans.get(i), probabilities(spans.get(i).read(text), new ClauseHead.Features(
                    windows.get(i), turn, before, customer, previous.customer(), after, next.customer()))));
        }
        List<Scored> scored = List.copyOf(out);
        synchronized (recent) {
            recent.put(key, scored);
        }
        return scored;
    }

    /**
     * Whether the model reads the turn after an utterance: its findings on a live call's newest utterance may then
     * change once the reply is spoken.
     */
    public boolean readsNext() {
        return head instanceof ContextMlpHead h && h.readsNext();
    }

    private static String turnKey(AdjacentTurn turn) {
        return (turn.customer() ? "customer:" : "other:") + turn.text() + "\n";
    }

    private float[] embedding(String text) {
        synchronized (embeddings) {
            float[] cached = embeddings.get(text);
            if (cached != null) {
                return cached;
            }
        }
        float[] v = encoder().encode(text);
        synchronized (embeddings) {
            embeddings.put(text, v);
        }
        return v;
    }

    private SentenceEncoder encoder() {
        if (encoder == null) {
            encoder = SentenceEncoder.builtIn();
        }
        return encoder;
    }

    /** The head's probabilities, averaged with the pinyin n-grams' over the window's text when the model has them. */
    Map<String, Double> probabilities(String window, ClauseHead.Features features) {
        double[] p = head.probabilities(features);
        if (ngrams != null) {
            double[] bySound = ngrams.probabilities(window, features.customer());
            for (int k = 0; k < p.length; k++) {
                p[k] = (p[k] + bySound[k]) / 2;
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (int k = 0; k < p.length; k++) {
            out.put(head.labels().get(k), p[k]);
        }
        return Collections.unmodifiableMap(out);
    }
}
