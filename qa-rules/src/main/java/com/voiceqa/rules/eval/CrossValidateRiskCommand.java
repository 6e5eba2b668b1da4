package com.voiceqa.rules.eval;

import com.voiceqa.core.cli.CliArgs;
import com.voiceqa.core.cli.CliCommand;
import com.voiceqa.core.cli.UserError;
import com.voiceqa.rules.ChurnRisk;
import com.voiceqa.rules.channel.Degradation;
import com.voiceqa.rules.risk.CallRiskModel;
import com.voiceqa.rules.risk.CallRiskTrainer;
import com.voiceqa.rules.risk.CategorySignals;

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

/**
 * {@code ./voiceqa cv-risk --signals DIR [--train none,nopunct,cer=0.1,cer=0.2] [--degrade none,nopunct,cer=0.2]
 * [--out FILE] [--version V]}: leave-one-author-out cross-validation of the call-level risk model on the rows
 * {@code cv-semantic --signals DIR} stored (every call read by the clause model of the fold that never saw its
 * author). For each fold, a risk model is trained on the other folds' calls in every {@code --train} text (the noisy
 * copies are the augmentation) and decides the held-out calls; each is printed beside the gate's prediction of the
 * same run (the shipped packs), per fold and pooled, with the gold → predicted risk table. {@code --out} trains the
 * model on every fold and writes it (what a pack ships as {@code risk/<name>.json}).
 */
public final class CrossValidateRiskCommand implements CliCommand {

    private static final String USAGE = "cv-risk --signals DIR [--train none,nopunct,cer=0.1,cer=0.2]"
            + " [--degrade none,nopunct,cer=0.2] [--false-alarm-budget B] [--out FILE] [--version V]";
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
        String version = "2026.12.4";
        double budget = CallRiskTrainer.FALSE_ALARM_BUDGET;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--signals" -> dir = Path.of(value(args, ++i, a));
                case "--train" -> train = Degradations.parseList(value(args, ++i, a), a);
                case "--degrade" -> scored = Degradations.parseList(value(args, ++i, a), a);
                case "--out" -> outFile = Path.of(value(args, ++i, a));
                case "--version" -> version = value(args, ++i, a);
                case "--false-alarm-budget" -> budget = share(value(args, ++i, a), a);
                default -> throw new UserError("unknown argument '" + a + "'; usage: " + usage());
            }
        }
        if (dir == null) {
            throw new UserError("--signals DIR is required (written by cv-semantic --signals DIR); usage: " + usage());
        }
        Map<Degradation, List<RiskRow>> rows = new LinkedHashMap<>();
        Set<Degradation> all = new LinkedHashSet<>(train);
        all.addAll(scored);
        for (Degradation d : all) {
            Path file = dir.resolve(d + ".jsonl");
            if (!Files.isRegularFile(file)) {
                throw new UserError(file + " not found; run cv-semantic --signals " + dir + " --degrade "
                        + String.join(",", all.stream().map(Degradation::toString).toList()) + " first");
            }
            rows.put(d, RiskRow.read(file));
        }
        List<String> folds = rows.get(scored.getFirst()).stream().map(RiskRow::fold).distinct().toList();
        Map<Degradation, List<EvalScorer.Pair>> gate = new LinkedHashMap<>();
        Map<Degradation, List<EvalScorer.Pair>> model = new LinkedHashMap<>();
        scored.forEach(d -> {
            gate.put(d, new ArrayList<>());
            model.put(d, new ArrayList<>());
        });
        out.printf(Locale.ROOT, "%-22s %-8s %31s   %31s%n", "", "", "gate (shipped packs)", "risk model");
        out.printf(Locale.ROOT, "%-22s %-8s %s   %s%n", "held-out fold", "text", HEADER, HEADER);
        for (String fold : folds) {
            CallRiskModel m = train(rows, train, r -> !r.fold().equals(fold), version, budget);
            for (Degradation d : scored) {
                List<EvalScorer.Pair> g = new ArrayList<>();
                List<EvalScorer.Pair> p = new ArrayList<>();
                for (RiskRow r : rows.get(d)) {
                    if (r.fold().equals(fold)) {
                        g.add(new EvalScorer.Pair(r.callId(), r.gold(), r.gate()));
                        p.add(new EvalScorer.Pair(r.callId(), r.gold(), decided(m, r)));
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
        if (outFile != null) {
            train(rows, train, r -> true, version, budget).write(outFile);
            err.println("cv-risk: wrote the risk model trained on all " + folds.size() + " folds to " + outFile);
        }
        return 0;
    }

    private static final String HEADER = String.format(Locale.ROOT, "%8s %6s %9s %6s", "churn F1", "risk",
            "false al.", "QA");

    private static CallRiskModel train(Map<Degradation, List<RiskRow>> rows, List<Degradation> texts,
                                       java.util.function.Predicate<RiskRow> use, String version, double budget) {
        List<CallRiskTrainer.Example> examples = new ArrayList<>();
        for (Degradation d : texts) {
            for (RiskRow r : rows.get(d)) {
                if (use.test(r)) {
                    Set<String> categories = new LinkedHashSet<>();
                    r.gold().churnSignals().forEach(s -> categories.add(s.category()));
                    examples.add(new CallRiskTrainer.Example(r.signals(),
                            ChurnRisk.parse(r.gold().churnRisk()).ordinal(), categories));
                }
            }
        }
        return CallRiskTrainer.train(MODEL_NAME, version, EvalScorer.CATEGORIES, examples, budget);
    }

    /** The gate's prediction with the churn risk and signals the risk model decides instead. */
    static CallLabels decided(CallRiskModel model, RiskRow r) {
        CallRiskModel.Decision d = model.decide(r.signals());
        List<CallLabels.Signal> signals = new ArrayList<>();
        for (CategorySignals c : r.signals().categories()) {
            if (d.reported().contains(c.category())) {
                c.turns().forEach(t -> signals.add(new CallLabels.Signal(c.category(), t, "")));
            }
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

    private static double share(String text, String flag) {
        try {
            double share = Double.parseDouble(text);
            if (share >= 0 && share <= 1) {
                return share;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new UserError(flag + " takes a share of the risk-free training calls between 0 and 1 (e.g. 0.15), not '"
                + text + "'");
    }
}
