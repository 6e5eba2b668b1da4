package com.voiceqa.rules.eval;

import com.voiceqa.core.cli.CliArgs;
import com.voiceqa.core.cli.CliCommand;
import com.voiceqa.core.cli.UserError;
import com.voiceqa.rules.channel.Degradation;
import com.voiceqa.rules.channel.RecognizerChannel;
import com.voiceqa.rules.semantic.EmbeddingCache;
import com.voiceqa.rules.semantic.ClauseModel;
import com.voiceqa.rules.semantic.ClauseModelTrainer.Example;
import com.voiceqa.rules.semantic.ClauseModelTrainer;
import com.voiceqa.rules.semantic.SentenceEncoder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./voiceqa train-semantic --corpus DIR... [--bank FILE]... [--augment nopunct|cer=R]... --out FILE}: trains
 * the clause model that the rule packs' {@code semantic} conditions read, from labeled calls (churn categories, the
 * QA span items and negative customer turns) and utterance banks. Each {@code --augment} adds a copy of every call
 * and bank utterance passed through the simulated recognizer ({@link RecognizerChannel}), so the model learns to read
 * recognizer-shaped text. {@code --head context-mlp} trains the context head (window, turn and previous turn through
 * one hidden layer) instead of the linear one; {@code --context-dropout P} trains it with that share of the windows
 * read without their turn and previous turn, drawn anew each epoch; {@code --head-seeds N} trains N such networks
 * from seeds 1 … N on the same data and averages their probabilities. {@code --pinyin-ngrams} adds a reading by sound
 * (logistic regressions over the windows' toneless-pinyin n-grams, averaged with the head: it is blind to homophone
 * substitutions, the recognizer's commonest error). Embeddings are kept in a cache on disk
 * ({@link EmbeddingCaches}), so training again on the same windows skips the encoder. The built-in model is made
 * with this command; docs/rules.md gives the exact invocation.
 */
public final class TrainSemanticCommand implements CliCommand {

    static final List<String> LABELS = List.of("price", "competitor", "service", "quality", "communication",
            "contact_change", "demand_reduction", "non_renewal", "channel_conflict", TrainingExamples.CUSTOMER_NEGATIVE,
            TrainingExamples.FORBIDDEN_WORDS, TrainingExamples.OVER_PROMISE);

    private static final String USAGE = "train-semantic --corpus DIR... [--bank FILE]... [--augment nopunct|cer=0.2]..."
            + " [--cache DIR] " + RecipeOptions.USAGE + " --out FILE";

    @Override
    public String name() {
        return "train-semantic";
    }

    @Override
    public String usage() {
        return USAGE + "  train the clause model of semantic rule conditions";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        List<Path> corpora = new ArrayList<>();
        List<Path> banks = new ArrayList<>();
        Path target = null;
        List<Degradation> augments = new ArrayList<>();
        Path cacheDir = EmbeddingCaches.defaultDir();
        RecipeOptions recipeOptions = new RecipeOptions();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--corpus" -> corpora.add(Path.of(value(args, ++i, a)));
                case "--bank" -> banks.add(Path.of(value(args, ++i, a)));
                case "--out" -> target = Path.of(value(args, ++i, a));
                case "--augment" -> augments.add(Degradations.parse(value(args, ++i, a), a));
                case "--cache" -> cacheDir = Path.of(value(args, ++i, a));
                default -> {
                    i = recipeOptions.read(args, i, USAGE);
                    if (i < 0) {
                        throw new UserError("unknown argument '" + a + "'; usage: " + usage());
                    }
                }
            }
        }
        if (corpora.isEmpty() || target == null) {
            throw new UserError("--corpus DIR and --out FILE are required; usage: " + usage());
        }
        ClauseModelTrainer.Recipe recipe = recipeOptions.recipe();
        ObjectNode provenance = JsonMapper.shared().createObjectNode();
        List<List<CorpusCall>> read = new ArrayList<>();
        int calls = 0;
        for (Path dir : corpora) {
            read.add(CorpusReader.read(dir));
            calls += read.getLast().size();
            provenance.withArray("corpora").add(dir.getFileName() + " (" + read.getLast().size() + " calls)");
        }
        for (int k = 0; k < augments.size(); k++) {
            provenance.withArray("augmented").add(augments.get(k) + ", seed " + (k + 1));
        }
        for (Path bank : banks) {
            provenance.withArray("banks").add(bank.getFileName() + " (" + TrainingExamples.fromBank(bank).size()
                    + " utterances)");
        }
        List<Example> examples = TrainingSet.examples(read, banks, augments);
        provenance.put("calls", calls).put("examples", examples.size())
                .put("settings", recipe.describe());
        int total = examples.size();
        err.printf("train-semantic: %d calls, %d banks, %d windows; encoding (cache %s)…%n", calls, banks.size(), total,
                cacheDir);
        ClauseModel model;
        try (EmbeddingCache cache = EmbeddingCaches.open(cacheDir)) {
            model = ClauseModelTrainer.train(nameOf(target), LABELS, examples, SentenceEncoder.builtIn().cachedIn(cache),
                    provenance, new EncoderProgress(err), recipe);
        }
        model.write(target);
        out.println("wrote " + target + " (" + LABELS.size() + " labels, " + total + " training clauses)");
        return 0;
    }

    private static String nameOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    private static String value(List<String> args, int i, String flag) {
        return CliArgs.value(args, i, flag, USAGE);
    }
}
