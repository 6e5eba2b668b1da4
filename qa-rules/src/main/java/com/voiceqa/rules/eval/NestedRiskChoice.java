package com.voiceqa.rules.eval;

import com.voiceqa.rules.ChurnRisk;
import com.voiceqa.rules.channel.Degradation;
import com.voiceqa.rules.risk.CallRiskModel;
import com.voiceqa.rules.risk.CallRiskTrainer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The risk model's false-alarm budget and early-warning threshold, chosen without the fold being scored: an inner
 * leave-one-fold-out cross-validation over the training folds' rows only, by a rule written down before it was run
 * (docs/packs-history.md, "An honest budget, early warning and context dropout"). For each early-warning threshold of the
 * grid (off included), the largest budget of {@link #BUDGETS} whose pooled inner false-alarm rate is at most the target
 * in every counted text (clean text only by default; the noisy texts too with {@code cv-risk --target-texts}, which
 * moved the choice one budget step on 66 folds: docs/packs-history.md, stop 29); of those pairs, the one with the most inner
 * clean calls at their gold risk level (ties: no early warning, then the higher threshold: the fewer early
 * warnings). When no budget keeps early warning off within the target, the smallest budget without early warning.
 */
final class NestedRiskChoice {

    /** The budgets the rule chooses from. */
    static final List<Double> BUDGETS = List.of(0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.10, 0.12, 0.15, 0.20);

    private NestedRiskChoice() {
    }

    /** A setting to choose: the false-alarm budget and the early-warning threshold (null: off). */
    record Candidate(double budget, Double lowThreshold) {

        String describe() {
            return String.format(Locale.ROOT, "budget %.2f, early warning %s", budget,
                    lowThreshold == null ? "off" : String.format(Locale.ROOT, "at %.2f", lowThreshold));
        }
    }

    /**
     * What a candidate did on the inner held-out folds, pooled: calls at their level on clean text, and false alarms
     * in each counted text (in the order the texts were given; the same risk-free calls in each).
     */
    record Inner(Candidate candidate, int calls, int riskRight, int riskFree, List<Integer> falseAlarms) {

        Inner {
            falseAlarms = List.copyOf(falseAlarms);
        }

        /** Within the target in every counted text. */
        boolean within(double target) {
            return falseAlarms.stream().allMatch(f -> f <= target * riskFree + 1e-9);
        }

        String describe() {
            return String.format(Locale.ROOT, "%s (inner: false alarms %s of %d, risk right %d of %d)",
                    candidate.describe(), falseAlarms.stream().map(String::valueOf)
                            .collect(Collectors.joining(" / ")), riskFree, riskRight, calls);
        }
    }

    /** The rule, on the inner results of every candidate of the grid. */
    static Inner pick(List<Inner> inner, double target) {
        List<Inner> perThreshold = new ArrayList<>();
        inner.stream().map(i -> Optional.ofNullable(i.candidate().lowThreshold())).distinct().forEach(t ->
                inner.stream().filter(i -> Optional.ofNullable(i.candidate().lowThreshold()).equals(t))
                        .filter(i -> i.within(target)).max(Comparator.comparingDouble(i -> i.candidate().budget()))
                        .ifPresent(perThreshold::add));
        Comparator<Inner> fewerWarnings = Comparator.comparing((Inner i) -> i.candidate().lowThreshold() == null)
                .thenComparing(i -> i.candidate().lowThreshold() == null ? 0 : i.candidate().lowThreshold());
        return perThreshold.stream().max(Comparator.comparingInt(Inner::riskRight).thenComparing(fewerWarnings))
                .orElseGet(() -> inner.stream().filter(i -> i.candidate().lowThreshold() == null)
                        .min(Comparator.comparingDouble(i -> i.candidate().budget()))
                        .orElseThrow(() -> new IllegalArgumentException("the grid needs early warning off")));
    }

    /**
     * Every candidate's inner results over {@code folds}: each inner fold's calls decided by a model fitted on the
     * other folds' rows in every {@code train} text, its level scored on clean text and its false alarms counted in
     * every {@code counted} text.
     */
    static List<Inner> innerResults(Map<Degradation, List<RiskRow>> rows, List<Degradation> train, List<String> folds,
                                    List<Candidate> grid, List<Degradation> counted,
                                    CallRiskTrainer.LevelKind level, CallRiskModel.Unreported unreported,
                                    CallRiskTrainer.Reporting reporting) {
        List<Integer> none = counted.stream().map(d -> 0).toList();
        List<Inner> fold0 = grid.stream().map(c -> new Inner(c, 0, 0, 0, none)).toList();
        return folds.parallelStream().map(held -> {
            // the choice reads levels and false alarms only, which the turn logistic does not change
            CallRiskTrainer.Fit fit = CrossValidateRiskCommand.fit(rows, train,
                    r -> folds.contains(r.fold()) && !r.fold().equals(held), false, level, reporting);
            List<RiskRow> clean = heldOut(rows, Degradation.NONE, held);
            List<List<RiskRow>> countedRows = counted.stream().map(d -> heldOut(rows, d, held)).toList();
            return grid.stream().map(c -> scored(
                    fit.model("inner", "inner", c.budget(), c.lowThreshold(), unreported), c, clean,
                    countedRows)).toList();
        }).reduce(fold0, NestedRiskChoice::sum);
    }

    private static List<RiskRow> heldOut(Map<Degradation, List<RiskRow>> rows, Degradation text, String fold) {
        return rows.get(text).stream().filter(r -> r.fold().equals(fold)).toList();
    }

    private static Inner scored(CallRiskModel model, Candidate c, List<RiskRow> clean, List<List<RiskRow>> counted) {
        int right = 0;
        int riskFree = 0;
        for (RiskRow r : clean) {
            int gold = gold(r);
            right += model.decide(r.signals()).level() == gold ? 1 : 0;
            riskFree += gold == 0 ? 1 : 0;
        }
        List<Integer> falseAlarms = counted.stream().map(text -> (int) text.stream()
                .filter(r -> gold(r) == 0 && model.decide(r.signals()).level() > 0).count()).toList();
        return new Inner(c, clean.size(), right, riskFree, falseAlarms);
    }

    private static int gold(RiskRow r) {
        return ChurnRisk.parse(r.gold().churnRisk()).ordinal();
    }

    private static List<Inner> sum(List<Inner> a, List<Inner> b) {
        List<Inner> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Inner x = a.get(i);
            Inner y = b.get(i);
            List<Integer> falseAlarms = new ArrayList<>();
            for (int t = 0; t < x.falseAlarms().size(); t++) {
                falseAlarms.add(x.falseAlarms().get(t) + y.falseAlarms().get(t));
            }
            out.add(new Inner(x.candidate(), x.calls() + y.calls(), x.riskRight() + y.riskRight(),
                    x.riskFree() + y.riskFree(), falseAlarms));
        }
        return out;
    }

    /** Every budget of {@link #BUDGETS} with every early-warning threshold (null: off). */
    static List<Candidate> grid(List<Double> lowThresholds) {
        List<Candidate> out = new ArrayList<>();
        for (Double t : lowThresholds) {
            BUDGETS.forEach(b -> out.add(new Candidate(b, t)));
        }
        return out;
    }
}
