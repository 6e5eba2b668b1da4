package com.voiceqa.rules.eval;

import com.voiceqa.core.cli.CliArgs;
import com.voiceqa.core.cli.CliCommand;
import com.voiceqa.core.cli.UserError;
import com.voiceqa.rules.ChurnRisk;
import com.voiceqa.rules.channel.Degradation;
import com.voiceqa.rules.risk.CallRiskModel;
import com.voiceqa.rules.risk.CallRiskTrainer;
import com.voiceqa.rules.risk.CategorySignals;
import com.voiceqa.rules.risk.RiskFeatures;

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
 * {@code ./voiceqa cv-risk --signals DIR [--train none,nopunct,cer=0.1,cer=0.2] [--degrade none,nopunct,cer=0.2]
 * [--out FILE] [--version V]}: leave-one-author-out cross-validation of the call-level risk model on the rows
 * {@code cv-semantic --signals DIR} stored (every call read by the clause model of the fold that never saw its
 * author). For each fold, a risk model is trained on the other folds' calls in every {@code --train} text (the noisy
 * copies are the augmentation) and decides the held-out calls; each is printed beside the gate's prediction of the
 * same run (the shipped packs), per fold and pooled, with the gold → predicted risk table and where the model's
 * signals go wrong ({@link SignalErrors}). {@code --out} trains the
 * model on every fold and writes it (what a pack ships as {@code risk/<name>.json}). The level's false-alarm budget
 * is {@code --false-alarm-budget B}, or, with {@code --false-alarm-target F}, chosen for every fold by an inner
 * cross-validation over the other folds' rows only ({@link NestedRiskChoice}), together with the early-warning
 * threshold when {@code --low-thresholds} offers some, with the target holding in every {@code --target-texts} text
 * (default clean text only); {@code --out} then applies the same rule to all folds.
 * {@code --turn-model} also fits the turn logistic ({@link CallRiskModel#turn}: which turns of a reported category to
 * point at), on signals that describe their turns; without it every turn is pointed at, as in the shipped model
 * (measured, not shipped: docs/packs-history.md, "Which turns to point at (stop 27)").
 * {@code --level multinomial} reads the level as a softmax over one score per level ({@link
 * com.voiceqa.rules.risk.SoftmaxLevel}) instead of the ordinal score; the budget then places the threshold on the
 * probability of none. {@code --unreported} says what becomes of a call the level puts at risk when no category reaches
 * the reporting threshold ({@link CallRiskModel.Unreported}; default: it reports its likeliest category).
 * {@code --category-thresholds} chooses the reporting threshold per category, each maximizing its category's signal
 * F1 on the training rows ({@link CallRiskTrainer.ThresholdScope#PER_CATEGORY}), instead of one for all;
 * {@code --reporting-inputs dominated} lets the reporting logistic also read how often another category is stronger
 * at the category's turns ({@link com.voiceqa.rules.risk.RiskFeatures#OPTIONAL_CATEGORY}).
 */
public final class CrossValidateRiskCommand implements CliCommand {

    private static final String USAGE = "cv-risk --signals DIR [--train none,nopunct,cer=0.1,cer=0.2]"
            + " [--degrade none,nopunct,cer=0.2] [--false-alarm-budget B [--early-warning P] | --false-alarm-target F"
            + " [--low-thresholds off,0.5,...] [--target-texts none,cer=0.2]] [--level ordinal|multinomial]"
            + " [--unreported likeliest|none-at-low|none] [--category-thresholds]"
            + " [--reporting-inputs dominated] [--turn-model]"
            + " [--out FILE [--train-only]] [--version V]";
    static final String MODEL_NAME = "churn-risk";

    @Override
    public String name() {
        return "cv-risk";
    }

    @Override
    public String usage() {
        return USAGE + "  cross-validate the call-level churn risk model across authors";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Path dir = null;
        List<Degradation> train = Degradations.parseList("none,nopunct,cer=0.1,cer=0.2", "--train");
        List<Degradation> scored = Degradations.parseList("none,nopunct,cer=0.2", "--degrade");
        Path outFile = null;
        String version = null;
        Double budget = null;
        Double target = null;
        List<Double> lowThresholds = null;
        List<Degradation> targetTexts = null;
        Double earlyWarning = null;
        boolean trainOnly = false;
        boolean turnModel = false;
        CallRiskTrainer.ThresholdScope scope = CallRiskTrainer.ThresholdScope.POOLED;
        List<String> reportingInputs = List.of();
        CallRiskTrainer.LevelKind level = CallRiskTrainer.LevelKind.ORDINAL;
        CallRiskModel.Unreported unreported = CallRiskModel.Unreported.LIKELIEST;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--signals" -> dir = Path.of(value(args, ++i, a));
                case "--train" -> train = Degradations.parseList(value(args, ++i, a), a);
                case "--degrade" -> scored = Degradations.parseList(value(args, ++i, a), a);
                case "--out" -> outFile = Path.of(value(args, ++i, a));
                case "--version" -> version = value(args, ++i, a);
                case "--false-alarm-budget" -> budget = share(value(args, ++i, a), a);
                case "--false-alarm-target" -> target = share(value(args, ++i, a), a);
                case "--low-thresholds" -> lowThresholds = lowThresholds(value(args, ++i, a), a);
                case "--target-texts" -> targetTexts = Degradations.parseList(value(args, ++i, a), a);
                case "--early-warning" -> earlyWarning = probability(value(args, ++i, a), a);
                case "--train-only" -> trainOnly = true;
                case "--turn-model" -> turnModel = true;
                case "--category-thresholds" -> scope = CallRiskTrainer.ThresholdScope.PER_CATEGORY;
                case "--reporting-inputs" -> reportingInputs = reportingInputs(value(args, ++i, a));
                case "--level" -> level = levelKind(value(args, ++i, a));
                case "--unreported" -> unreported = unreported(value(args, ++i, a));
                default -> throw new UserError("unknown argument '" + a + "'; usage: " + usage());
            }
        }
        if (dir == null) {
            throw new UserError("--signals DIR is required (written by cv-semantic --signals DIR); usage: " + usage());
        }
        if (outFile != null && version == null) {
            throw new UserError("--out writes the risk model a pack ships: name its version with --version V (the"
                    + " packs' version it is trained for, e.g. 2026.12.8)");
        }
        if (trainOnly && outFile == null) {
            throw new UserError("--train-only skips the measurement and only writes the model: give --out FILE");
        }
        if (target != null && budget != null) {
            throw new UserError("give either --false-alarm-budget (fixed) or --false-alarm-target (chosen per fold),"
                    + " not both");
        }
        if (lowThresholds != null && target == null) {
            throw new UserError("--low-thresholds is a grid for the nested choice: give --false-alarm-target too");
        }
        if (targetTexts != null && target == null) {
            throw new UserError("--target-texts says where the nested choice counts false alarms: give"
                    + " --false-alarm-target too");
        }
        if (earlyWarning != null && target != null) {
            throw new UserError("--early-warning fixes the threshold beside a fixed --false-alarm-budget; the nested"
                    + " choice of --false-alarm-target chooses it from --low-thresholds instead");
        }
        if (target != null && !train.contains(Degradation.NONE)) {
            throw new UserError("--false-alarm-target chooses on clean text: --train must include none");
        }
        // the folds' own models are never written: they need no version
        Settings settings = new Settings(train, version == null ? "cross-validation" : version,
                new NestedRiskChoice.Candidate(budget == null ? CallRiskTrainer.FALSE_ALARM_BUDGET : budget,
                        earlyWarning), target, targetTexts == null ? List.of(Degradation.NONE) : targetTexts,
                turnModel, level, unreported, new CallRiskTrainer.Reporting(scope, reportingInputs),
                NestedRiskChoice.grid(lowThresholds == null ? java.util.Collections.<Double>singletonList(null)
                        : lowThresholds));
        Map<Degradation, List<RiskRow>> rows = new LinkedHashMap<>();
        Set<Degradation> all = new LinkedHashSet<>(train);
        all.addAll(scored);
        all.addAll(settings.targetTexts());
        for (Degradation d : all) {
            Path file = dir.resolve(d + ".jsonl");
            if (!Files.isRegularFile(file)) {
                throw new UserError(file + " not found; run cv-semantic --signals " + dir + " --degrade "
                        + String.join(",", all.stream().map(Degradation::toString).toList()) + " first");
            }
            rows.put(d, RiskRow.read(file));
        }
        List<String> folds = rows.get(scored.getFirst()).stream().map(RiskRow::fold).distinct().toList();
        if (!trainOnly) {
            crossValidate(rows, folds, scored, settings, out);
        }
        if (outFile != null) {
            List<String> chosen = new ArrayList<>();
            settings.model(rows, folds, chosen, "all folds").write(outFile);
            chosen.forEach(err::println);
            err.println("cv-risk: wrote the risk model trained on all " + folds.size() + " folds to " + outFile);
        }
        return 0;
    }

    /** The per-fold and pooled tables: each fold decided by a risk model made (as settings say) without it. */
    private static void crossValidate(Map<Degradation, List<RiskRow>> rows, List<String> folds,
                                      List<Degradation> scored, Settings settings, PrintStream out) {
        Map<Degradation, List<EvalScorer.Pair>> gate = new LinkedHashMap<>();
        Map<Degradation, List<EvalScorer.Pair>> model = new LinkedHashMap<>();
        Map<Degradation, SignalErrors> errors = new LinkedHashMap<>();
        scored.forEach(d -> {
            gate.put(d, new ArrayList<>());
            model.put(d, new ArrayList<>());
            errors.put(d, new SignalErrors());
        });
        out.printf(Locale.ROOT, "%-22s %-8s %31s   %31s%n", "", "", "gate (shipped packs)", "risk model");
        out.printf(Locale.ROOT, "%-22s %-8s %s   %s%n", "held-out fold", "text", HEADER, HEADER);
        List<String> choices = new ArrayList<>();
        for (String fold : folds) {
            CallRiskModel m = settings.model(rows, folds.stream().filter(f -> !f.equals(fold)).toList(), choices,
                    fold);
            for (Degradation d : scored) {
                List<EvalScorer.Pair> g = new ArrayList<>();
                List<EvalScorer.Pair> p = new ArrayList<>();
                for (RiskRow r : rows.get(d)) {
                    if (r.fold().equals(fold)) {
                        g.add(new EvalScorer.Pair(r.callId(), r.gold(), r.gate()));
                        CallLabels predicted = decided(m, r);
                        p.add(new EvalScorer.Pair(r.callId(), r.gold(), predicted));
                        errors.get(d).add(r.signals(), r.gold(), predicted);
                    }
                }
                gate.get(d).addAll(g);
                model.get(d).addAll(p);
                out.printf(Locale.ROOT, "%-22s %-8s %s   %s%n", fold, d, cells(g), cells(p));
            }
        }
        out.println();
        for (Degradation d : scored) {
            out.printf(Locale.ROOT, "%-22s %-8s %s   %s%n", "pooled", d, cells(gate.get(d)), cells(model.get(d)));
        }
        for (Degradation d : scored) {
            out.printf(Locale.ROOT, "%nthe risk model's churn signals, %s, pooled (call, category, turn)%n", d);
            errors.get(d).lines().forEach(out::println);
        }
        if (settings.target() != null) {
            out.printf(Locale.ROOT, "%nnested choice (false-alarm target %.2f in %s, inner CV over the other folds)%n",
                    settings.target(), settings.targetTexts().stream().map(Degradation::toString)
                            .collect(Collectors.joining(" / ")));
            choices.forEach(out::println);
        }
        for (Degradation d : scored) {
            out.printf(Locale.ROOT, "%ngold -> predicted risk, %s (gate | risk model)%n", d);
            int[][] g = confusion(gate.get(d));
            int[][] m = confusion(model.get(d));
            out.printf(Locale.ROOT, "%-8s %5s %5s %5s %5s   %5s %5s %5s %5s%n", "", "none", "low", "med", "high",
                    "none", "low", "med", "high");
            for (ChurnRisk gold : ChurnRisk.values()) {
                int i = gold.ordinal();
                out.printf(Locale.ROOT, "%-8s %5d %5d %5d %5d   %5d %5d %5d %5d%n", gold.label(), g[i][0], g[i][1],
                        g[i][2], g[i][3], m[i][0], m[i][1], m[i][2], m[i][3]);
            }
        }
    }

    private static final String HEADER = String.format(Locale.ROOT, "%8s %6s %9s %6s", "churn F1", "risk",
            "false al.", "QA");

    /**
     * How the risk model of a set of folds is made: a fixed budget and early-warning threshold (null: off), or the
     * nested choice of both from {@code grid} for a target.
     */
    private record Settings(List<Degradation> train, String version, NestedRiskChoice.Candidate fixed, Double target,
                            List<Degradation> targetTexts, boolean turnModel, CallRiskTrainer.LevelKind level,
                            CallRiskModel.Unreported unreported, CallRiskTrainer.Reporting reporting,
                            List<NestedRiskChoice.Candidate> grid) {

        /** The model trained on {@code folds}; a nested choice is told to {@code choices}, named {@code name}. */
        CallRiskModel model(Map<Degradation, List<RiskRow>> rows, List<String> folds, List<String> choices,
                            String name) {
            CallRiskTrainer.Fit fit = fit(rows, train, r -> folds.contains(r.fold()), turnModel, level, reporting);
            if (target == null) {
                return fit.model(MODEL_NAME, version, fixed.budget(), fixed.lowThreshold(), unreported);
            }
            if (folds.size() < 2) {
                throw new UserError("the nested choice trains on all folds but one inside the training folds: give"
                        + " at least three folds, or --false-alarm-budget B");
            }
            NestedRiskChoice.Inner chosen = NestedRiskChoice.pick(
                    NestedRiskChoice.innerResults(rows, train, folds, grid, targetTexts, level, unreported, reporting),
                    target);
            choices.add(String.format(Locale.ROOT, "%-22s %s%s", name, chosen.describe(),
                    chosen.within(target) ? "" : ", none within the target"));
            return fit.model(MODEL_NAME, version, chosen.candidate().budget(), chosen.candidate().lowThreshold(),
                    unreported);
        }
    }

    /**
     * The risk model's fit on the rows {@code use} accepts, in every {@code texts} text, with the turn logistic if
     * {@code turnModel}, its level read as {@code level} says, its reporting logistic made as {@code reporting} says.
     */
    static CallRiskTrainer.Fit fit(Map<Degradation, List<RiskRow>> rows, List<Degradation> texts,
                                   java.util.function.Predicate<RiskRow> use, boolean turnModel,
                                   CallRiskTrainer.LevelKind level, CallRiskTrainer.Reporting reporting) {
        List<CallRiskTrainer.Example> examples = new ArrayList<>();
        for (Degradation d : texts) {
            for (RiskRow r : rows.get(d)) {
                if (use.test(r)) {
                    examples.add(new CallRiskTrainer.Example(r.signals(),
                            ChurnRisk.parse(r.gold().churnRisk()).ordinal(), r.gold().turnsByCategory()));
                }
            }
        }
        return CallRiskTrainer.fit(EvalScorer.CATEGORIES, examples, turnModel, level, reporting);
    }

    /** The gate's prediction with the churn risk and signals the risk model decides instead. */
    static CallLabels decided(CallRiskModel model, RiskRow r) {
        CallRiskModel.Decision d = model.decide(r.signals());
        List<CallLabels.Signal> signals = new ArrayList<>();
        for (CategorySignals c : r.signals().categories()) {
            d.turns().getOrDefault(c.category(), List.of())
                    .forEach(t -> signals.add(new CallLabels.Signal(c.category(), t, "")));
        }
        CallLabels g = r.gate();
        return new CallLabels(ChurnRisk.values()[d.level()].label(), signals, g.qaItems(), g.forbiddenWords(),
                g.overPromise(), g.customerNegativeTurns());
    }

    private static String cells(List<EvalScorer.Pair> pairs) {
        EvalReport r = EvalScorer.score(pairs);
        long falseAlarms = Math.round(r.falseAlarmRate() * r.riskFreeCalls());
        return String.format(Locale.ROOT, "%8.3f %6.3f %4d of %-3d %6.3f", r.macroF1(), r.riskAccuracy(), falseAlarms,
                r.riskFreeCalls(), r.qaMacroAccuracy());
    }

    private static int[][] confusion(List<EvalScorer.Pair> pairs) {
        int[][] m = new int[4][4];
        for (EvalScorer.Pair p : pairs) {
            m[ChurnRisk.parse(p.gold().churnRisk()).ordinal()][ChurnRisk.parse(p.predicted().churnRisk()).ordinal()]++;
        }
        return m;
    }

    private static String value(List<String> args, int i, String flag) {
        return CliArgs.value(args, i, flag, USAGE);
    }

    private static CallRiskTrainer.LevelKind levelKind(String text) {
        return switch (text) {
            case "ordinal" -> CallRiskTrainer.LevelKind.ORDINAL;
            case "multinomial" -> CallRiskTrainer.LevelKind.MULTINOMIAL;
            default -> throw new UserError("--level is ordinal (one score with cut points) or multinomial (one score"
                    + " per level), not '" + text + "'");
        };
    }

    private static CallRiskModel.Unreported unreported(String text) {
        return switch (text) {
            case "likeliest" -> CallRiskModel.Unreported.LIKELIEST;
            case "none-at-low" -> CallRiskModel.Unreported.NONE_AT_LOW;
            case "none" -> CallRiskModel.Unreported.NONE;
            default -> throw new UserError("--unreported is likeliest (a call at risk reports its likeliest category),"
                    + " none-at-low (a low call with no category at the reporting threshold is none) or none (any"
                    + " such call is none), not '" + text + "'");
        };
    }

    /** Some of {@link com.voiceqa.rules.risk.RiskFeatures#OPTIONAL_CATEGORY}, in that order. */
    private static List<String> reportingInputs(String text) {
        List<String> inputs = List.of(text.split(",")).stream().map(String::strip).toList();
        try {
            RiskFeatures.requireOptional(inputs);
        } catch (IllegalArgumentException e) {
            throw new UserError("--reporting-inputs takes some of " + String.join(", ", RiskFeatures.OPTIONAL_CATEGORY)
                    + ", in that order, not '" + text + "'");
        }
        return inputs;
    }

    /** A grid such as {@code off,0.5,0.7} ({@code off}: no early warning). */
    private static List<Double> lowThresholds(String text, String flag) {
        List<Double> out = new ArrayList<>();
        for (String t : text.split(",")) {
            if (t.strip().equals("off")) {
                out.add(null);
                continue;
            }
            out.add(probability(t.strip(), flag));
        }
        return out;
    }

    /** An early-warning threshold: a reporting probability in (0, 1]. */
    private static double probability(String text, String flag) {
        return CliArgs.number(text, flag, p -> p > 0 && p <= 1, "reporting probabilities above 0 and at most 1"
                + (flag.equals("--low-thresholds") ? " or 'off'" : ""));
    }

    private static double share(String text, String flag) {
        return CliArgs.number(text, flag, share -> share >= 0 && share <= 1,
                "a share of the risk-free training calls between 0 and 1 (e.g. 0.15)");
    }
}
