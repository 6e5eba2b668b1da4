package com.voiceqa.rules.eval;

import com.voiceqa.rules.channel.Degradation;
import com.voiceqa.rules.semantic.AdjacentTurn;
import com.voiceqa.rules.semantic.ClauseModel;
import com.voiceqa.rules.semantic.ClauseModelTrainer;
import com.voiceqa.rules.semantic.ClauseModelTrainer.Example;
import com.voiceqa.rules.semantic.HeadKind;
import com.voiceqa.rules.semantic.SentenceEncoder;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * The clause models of cross-validation folds, kept as {@code <cache dir>/fold-models/<key>.json}. The key is the
 * SHA-256 of everything the training reads (every window with its speaker and labels, the label list, the trainer's
 * settings; for a context head also every window's turn and previous turn), so a second run over the same data reads
 * the models back, and any change trains anew. A model is always used as read back from its file, so a fold scores
 * the same whether it was trained now or before.
 */
final class FoldModels {

    private final Path dir;
    private final SentenceEncoder encoder;
    private final List<Path> banks;
    private final List<Degradation> augments;
    private final ClauseModelTrainer.Recipe recipe;

    FoldModels(Path cacheDir, SentenceEncoder encoder, List<Path> banks, List<Degradation> augments,
               ClauseModelTrainer.Recipe recipe) {
        this.dir = cacheDir.resolve("fold-models");
        this.encoder = encoder;
        this.banks = List.copyOf(banks);
        this.augments = List.copyOf(augments);
        this.recipe = recipe;
    }

    /** The built-in model's stand-in trained on these calls, the banks and the noisy copies. */
    ClauseModel trainedOn(List<List<CorpusCall>> corpora, ClauseModelTrainer.Progress progress) throws IOException {
        List<Example> examples = TrainingSet.examples(corpora, banks, augments);
        Path file = dir.resolve(key(examples, recipe) + ".json");
        if (!Files.isRegularFile(file)) {
            ClauseModel model = ClauseModelTrainer.train("churn-clauses", TrainSemanticCommand.LABELS, examples,
                    encoder, JsonMapper.shared().createObjectNode().put("examples", examples.size()), progress,
                    recipe);
            Files.createDirectories(dir);
            Path partial = Files.createTempFile(dir, "training-", ".part");
            model.write(partial);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        return ClauseModel.read(file).withEncoder(encoder);
    }

    /** The linear head's key leaves the context out, so its models stored before context existed are found again. */
    private static String key(List<Example> examples, ClauseModelTrainer.Recipe recipe) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((recipe.describe() + "\n" + TrainSemanticCommand.LABELS + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            for (Example e : examples) {
                String context = recipe.head() == HeadKind.LINEAR ? ""
                        : "\t" + e.turn() + "\t" + key(e.previous()) + (recipe.nextTurn() ? "\t" + key(e.next()) : "")
                        + "\t" + e.source();
                digest.update((e.text() + "\t" + e.customer() + "\t" + new TreeSet<>(e.labels()) + context + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** An adjacent turn in a key, spelled out here so that renaming a record never changes the keys again. */
    private static String key(AdjacentTurn turn) {
        return (turn.customer() ? "customer:" : "other:") + turn.text();
    }
}
