package com.voiceqa.rules.eval;

import com.voiceqa.rules.risk.CallSignals;
import com.voiceqa.rules.risk.CategorySignals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a risk model's churn signals go wrong, counted in the scorer's unit, (call, category, turn), and split by
 * cause: a wrong signal is an extra turn of a category the labels have, or a category they do not have; a missed one
 * belongs to a category the rules found nothing of, a category found in a call the model left at none, one found but
 * not reported, or a turn the reported category's findings do not hold. Each cause points at its own remedy (the
 * labels' convention of which turns to mark, the clause model's reading of hard negatives, its recall, the level, the
 * reporting threshold), so a candidate shows which of them it moved.
 */
final class SignalErrors {

    private int right;
    private int extraTurn;
    private int wrongCategory;
    private int notFound;
    private int leftAtNone;
    private int notReported;
    private int turnNotFound;

    /** Counts one call: what the rules found ({@code signals}), its gold labels and the model's prediction. */
    void add(CallSignals signals, CallLabels gold, CallLabels predicted) {
        Map<String, Set<Integer>> labeled = gold.turnsByCategory();
        Map<String, Set<Integer>> pointed = predicted.turnsByCategory();
        boolean atNone = predicted.churnRisk().equals("none");
        for (CategorySignals c : signals.categories()) {
            Set<Integer> g = labeled.getOrDefault(c.category(), Set.of());
            Set<Integer> p = pointed.getOrDefault(c.category(), Set.of());
            for (int turn : p) {
                if (g.contains(turn)) {
                    right++;
                } else if (g.isEmpty()) {
                    wrongCategory++;
                } else {
                    extraTurn++;
                }
            }
            int missed = (int) g.stream().filter(t -> !p.contains(t)).count();
            if (missed == 0) {
                continue;
            }
            if (!p.isEmpty()) {
                turnNotFound += missed;
            } else if (!c.found()) {
                notFound += missed;
            } else if (atNone) {
                leftAtNone += missed;
            } else {
                notReported += missed;
            }
        }
    }

    /** The counts as the lines cv-risk prints under a text's pooled figures. */
    List<String> lines() {
        return List.of(
                String.format(Locale.ROOT, "  right %d; wrong %d: an extra turn of a labeled category %d, a category"
                        + " not labeled %d", right, extraTurn + wrongCategory, extraTurn, wrongCategory),
                String.format(Locale.ROOT, "  missed %d: the rules found nothing %d, the call left at none %d, found"
                                + " but not reported %d, a turn the reported category's findings do not hold %d",
                        notFound + leftAtNone + notReported + turnNotFound, notFound, leftAtNone, notReported,
                        turnNotFound));
    }
}
