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

/**
 * The risk model's false-alarm budget and early-warning threshold, chosen without the fold being scored: an inner
 * leave-one-fold-out cross-validation over the training folds' rows only, by a rule written down before it was run
 * (docs/rules.md, "An honest budget, early warning and context dropout"). For each early-warning threshold of the
 * grid (off included), the largest budget of {@link #BUDGETS} whose pooled inner false-alarm rate on clean text is at
 * most the target; of those pairs, the one with the most inner clean calls at their gold risk level (ties: no early
 * warning, then the higher threshold: the fewer early warnings). When no budget keeps early warning off within the
 * target, the smallest budget without early warning.
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

    /** What a candidate did on the inner held-out folds' clean text, pooled. */
    record Inner(Candidate candidate, int calls, int riskRight, int riskFree, int falseAlarms) {

        boolean within(double target) {
            return falseAlarms <= target * riskFree + 1e-9;
        }

        String describe() {
            return String.format(Locale.ROOT, "%s (inner: false alarms %d of %d, risk right %d of %d)",
                    candidate.describe(), falseAlarms, riskFree, riskRight, calls);
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
     * other folds' rows in every {@code train} text, scored on clean text.
     */
    static List<Inner> innerResults(Map<Degradation, List<RiskRow>> rows, List<Degradation> train, List<String> folds,
                                    List<Candidate> grid) {
        List<Inner> fold0 = grid.stream().map(c -> new Inner(c, 0, 0, 0, 0)).toList();
        return folds.parallelStream().map(held -> {
            // the choice reads levels and false alarms only, which the turn logistic does not change
            CallRiskTrainer.Fit fit = CrossValidateRiskCommand.fit(rows, train,
                    r -> folds.contains(r.fold()) && !r.fold().equals(held), false);
            List<RiskRow> clean = rows.get(Degradation.NONE).stream().filter(r -> r.fold().equals(held)).toList();
            return grid.stream().map(c -> scored(fit.model("inner", "inner", c.budget(), c.lowThreshold()), c, clean))
                    .toList();
        }).reduce(fold0, NestedRiskChoice::sum);
    }

    private static Inner scored(CallRiskModel model, Candidate c, List<RiskRow> rows) {
        int right = 0;
        int riskFree = 0;
        int falseAlarms = 0;
        for (RiskRow r : rows) {
            int gold = ChurnRisk.parse(r.gold().churnRisk()).ordinal();
            int level = model.decide(r.signals()).level();
            right += level == gold ? 1 : 0;
            riskFree += gold == 0 ? 1 : 0;
            falseAlarms += gold == 0 && level > 0 ? 1 : 0;
        }
        return new Inner(c, rows.size(), right, riskFree, falseAlarms);
    }

    private static List<Inner> sum(List<Inner> a, List<Inner> b) {
        List<Inner> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Inner x = a.get(i);
            Inner y = b.get(i);
            out.add(new Inner(x.candidate(), x.calls() + y.calls(), x.riskRight() + y.riskRight(),
                    x.riskFree() + y.riskFree(), x.falseAlarms() + y.falseAlarms()));
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
