package com.voiceqa.rules.eval;

import com.voiceqa.core.cli.CliArgs;
import com.voiceqa.core.cli.CliCommand;
import com.voiceqa.core.cli.UserError;
import com.voiceqa.rules.channel.Degradation;
import com.voiceqa.rules.channel.RecognizerChannel;
import com.voiceqa.rules.pack.PackKind;
import com.voiceqa.rules.pack.RuleLoader;
import com.voiceqa.rules.pack.RulePack;
import com.voiceqa.rules.semantic.ClauseModel;
import com.voiceqa.rules.semantic.ClauseModelTrainer;
import com.voiceqa.rules.semantic.EmbeddingCache;
import com.voiceqa.rules.semantic.SentenceEncoder;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code ./voiceqa cv-semantic --fold DIR[,DIR...]... [--bank FILE]... [--augment nopunct|cer=R]... [--cache DIR]
 * [--degrade none,nopunct,cer=0.2] [--seed N] [--shipped] [--pack FILE]... [--predictions DIR]}: leave-one-corpus-out cross-validation of the clause model.
 * Each {@code --fold} is the labeled calls of one author (several folders when one author wrote several). For each
 * fold a model is trained on every other fold and the banks, exactly as {@code train-semantic} would, and the held-out
 * calls are scored by the rule packs (the built-in ones unless {@code --pack} is given) through the same path as {@code eval-rules} ({@link CorpusEvaluation}),
 * once per degradation, with each churn pack's severity-sum gate instead of any call-level risk model it names
 * ({@link RulePack#withGate}: that model is trained on every fold; {@code cv-risk} cross-validates it). Per fold
 * and pooled over all folds, it prints churn macro-F1, risk accuracy, false alarms and QA macro accuracy (pooled also
 * each category's F1, precision and recall). {@code --shipped} scores the shipped model on every fold instead (the baseline; it was trained on
 * some of them). {@code --predictions DIR} writes every call's held-out prediction, in the corpus label schema like
 * {@code eval-rules --predictions}, to {@code DIR/<degradation>.jsonl}: errors can be studied over all authors.
 * {@code --signals DIR} writes, per degradation, every held-out call's gold labels, gate prediction and the input of
 * the call-level risk model ({@link RiskRow}) to {@code DIR/<degradation>.jsonl}: what {@code cv-risk} trains and
 * measures the risk model on, so that no call is read by a clause model that saw its author. {@code --head
 * context-mlp} trains each fold's model with the context head ({@code train-semantic --head}; also {@code
 * --context-dropout}, {@code --head-seeds}), {@code --pinyin-ngrams} with pinyin n-grams beside its head. Fold
 * models are kept next to the embedding cache ({@link FoldModels}), so a second run is quick. {@code --hold-out NAME}
 * (repeatable; a fold's name is its folders' names joined by '+') holds out only the named folds, every other fold only
 * trains: when new authors join, their calls' out-of-fold rows can be added to an earlier run's instead of repeating it.
 */
public final class CrossValidateCommand implements CliCommand {

    private static final String USAGE = "cv-semantic --fold DIR[,DIR...]... [--bank FILE]... [--augment nopunct|cer=0.2]..."
            + " [--cache DIR] [--degrade none,nopunct,cer=0.2] [--seed N] [--shipped] [--pack FILE]..."
            + " [--predictions DIR] [--signals DIR] [--hold-out NAME]... " + RecipeOptions.USAGE;

    @Override
    public String name() {
        return "cv-semantic";
    }

    @Override
    public String usage() {
        return USAGE + "  cross-validate the clause model across authors";
    }

    private record Fold(String name, List<CorpusCall> calls) {
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        List<Fold> folds = new ArrayList<>();
        List<Path> banks = new ArrayList<>();
        List<Degradation> augments = new ArrayList<>();
        List<Degradation> degradations = List.of(Degradation.NONE, Degradation.NO_PUNCTUATION,
                Degradation.parse("cer=0.2"));
        Path cacheDir = EmbeddingCaches.defaultDir();
        long seed = 1;
        boolean shipped = false;
        List<Path> packFiles = new ArrayList<>();
        Path predictionsDir = null;
        Path signalsDir = null;
        Set<String> heldOut = new LinkedHashSet<>();
        RecipeOptions recipeOptions = new RecipeOptions();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--fold" -> folds.add(fold(value(args, ++i, a)));
                case "--bank" -> banks.add(Path.of(value(args, ++i, a)));
                case "--augment" -> augments.add(Degradations.parse(value(args, ++i, a), a));
                case "--degrade" -> degradations = Degradations.parseList(value(args, ++i, a), a);
                case "--cache" -> cacheDir = Path.of(value(args, ++i, a));
                case "--seed" -> seed = Degradations.seed(value(args, ++i, a));
                case "--shipped" -> shipped = true;
                case "--pack" -> packFiles.add(Path.of(value(args, ++i, a)));
                case "--predictions" -> predictionsDir = Path.of(value(args, ++i, a));
                case "--signals" -> signalsDir = Path.of(value(args, ++i, a));
                case "--hold-out" -> heldOut.add(value(args, ++i, a));
                default -> {
                    i = recipeOptions.read(args, i, USAGE);
                    if (i < 0) {
                        throw new UserError("unknown argument '" + a + "'; usage: " + usage());
                    }
                }
            }
        }
        ClauseModelTrainer.Recipe recipe = recipeOptions.recipe();
        if (folds.size() < 2) {
            throw new UserError("cross-validation needs at least two --fold (one per author); usage: " + usage());
        }
        Set<String> names = folds.stream().map(Fold::name).collect(Collectors.toSet());
        List<String> unknown = heldOut.stream().filter(n -> !names.contains(n)).toList();
        if (!unknown.isEmpty()) {
            throw new UserError("--hold-out " + String.join(", ", unknown) + ": no such fold; a fold is named by its"
                    + " folders' names joined by '+', e.g. " + folds.getFirst().name());
        }
        List<RulePack> packs = (packFiles.isEmpty() ? RuleLoader.builtInPacks() : PackFiles.load(packFiles)).stream()
                .map(RulePack::withGate).toList();
        Map<Degradation, List<EvalScorer.Pair>> pooled = new LinkedHashMap<>();
        Map<Degradation, List<Double>> foldF1 = new LinkedHashMap<>();
        Map<Degradation, List<String>> predictions = new LinkedHashMap<>();
        Map<Degradation, List<RiskRow>> rows = new LinkedHashMap<>();
        RulePack riskPack = signalsDir == null ? null : packs.stream().filter(p -> p.kind() == PackKind.CHURN)
                .findFirst().orElseThrow(() -> new UserError("--signals needs a churn pack among the packs"));
        degradations.forEach(d -> {
            rows.put(d, new ArrayList<>());
            pooled.put(d, new ArrayList<>());
            foldF1.put(d, new ArrayList<>());
            predictions.put(d, new ArrayList<>());
        });
        out.printf(Locale.ROOT, "%-22s %5s  %-8s %8s %6s %13s %6s%n", "held-out fold", "calls", "text", "churn F1",
                "risk", "false alarms", "QA");
        try (EmbeddingCache cache = EmbeddingCaches.open(cacheDir)) {
            SentenceEncoder encoder = SentenceEncoder.builtIn().cachedIn(cache);
            FoldModels models = new FoldModels(cacheDir, encoder, banks, augments, recipe);
            for (int f = 0; f < folds.size(); f++) {
                Fold fold = folds.get(f);
                if (!heldOut.isEmpty() && !heldOut.contains(fold.name())) {
                    continue; // it only trains the held-out folds' models
                }
                List<List<CorpusCall>> others = new ArrayList<>();
                folds.stream().filter(o -> o != fold).forEach(o -> others.add(o.calls()));
                err.printf("cv-semantic: fold %d of %d, %s (%d calls)%s%n", f + 1, folds.size(), fold.name(),
                        fold.calls().size(), shipped ? ", shipped model" : ", training on the other folds…");
                ClauseModel model = shipped ? ClauseModel.named("churn-clauses").withEncoder(encoder)
                        : models.trainedOn(others, new EncoderProgress(err));
                try (ClauseModel.StandIn ignored = ClauseModel.standIn(model)) {
                    for (Degradation d : degradations) {
                        CorpusEvaluation evaluation = CorpusEvaluation.run(packs, fold.calls(),
                                new RecognizerChannel(d, seed), riskPack);
                        pooled.get(d).addAll(evaluation.pairs());
                        for (int c = 0; c < evaluation.signals().size(); c++) {
                            EvalScorer.Pair p = evaluation.pairs().get(c);
                            rows.get(d).add(new RiskRow(fold.name(), d.toString(), p.callId(), p.gold(), p.predicted(),
                                    evaluation.signals().get(c)));
                        }
                        predictions.get(d).addAll(evaluation.predictions());
                        EvalReport report = evaluation.report();
                        foldF1.get(d).add(report.macroF1());
                        out.println(line(fold.name(), report, d));
                    }
                }
            }
        }
        if (predictionsDir != null) {
            Files.createDirectories(predictionsDir);
            for (Degradation d : degradations) {
                CorpusEvaluation.writePredictions(predictionsDir.resolve(d + ".jsonl"), predictions.get(d));
            }
        }
        if (signalsDir != null) {
            Files.createDirectories(signalsDir);
            for (Degradation d : degradations) {
                RiskRow.write(signalsDir.resolve(d + ".jsonl"), rows.get(d));
            }
        }
        out.println();
        for (Degradation d : degradations) {
            EvalReport report = EvalScorer.score(pooled.get(d));
            out.println(line("pooled", report, d));
            out.printf(Locale.ROOT, "%-22s %5s  %-8s %8.3f%n", "mean of folds", "", d,
                    foldF1.get(d).stream().mapToDouble(Double::doubleValue).average().orElse(0));
            report.categories().forEach((category, prf) -> out.printf(Locale.ROOT,
                    "  pooled %-17s %-8s F1 %.3f  precision %.3f  recall %.3f  (%d labeled, %d found)%n", category, d,
                    prf.f1(), prf.precision(), prf.recall(), prf.labeled(), prf.predicted()));
        }
        return 0;
    }

    private static String line(String fold, EvalReport r, Degradation d) {
        long falseAlarms = Math.round(r.falseAlarmRate() * r.riskFreeCalls());
        return String.format(Locale.ROOT, "%-22s %5d  %-8s %8.3f %6.3f %6d of %-4d %6.3f", fold, r.calls(), d,
                r.macroF1(), r.riskAccuracy(), falseAlarms, r.riskFreeCalls(), r.qaMacroAccuracy());
    }

    private static Fold fold(String spec) throws IOException {
        List<String> names = new ArrayList<>();
        for (String dir : spec.split(",")) {
            names.add(Path.of(dir.strip()).getFileName().toString());
        }
        return new Fold(String.join("+", names), CorpusReader.readAll(spec));
    }

    private static String value(List<String> args, int i, String flag) {
        return CliArgs.value(args, i, flag, USAGE);
    }
}
