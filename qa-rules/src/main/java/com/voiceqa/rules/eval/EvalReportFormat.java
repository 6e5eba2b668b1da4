package com.voiceqa.rules.eval;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders an {@link EvalReport} as the text table or the one-object JSON of {@code eval-rules}. */
public final class EvalReportFormat {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EvalReportFormat() {
    }

    /** {@code {"calls": N, "churn": {"macro_f1": x, "categories": {...}}, "risk_accuracy": x, "false_alarm_rate": x, "qa": {...}}} */
    public static String json(EvalReport r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("calls", r.calls());
        ObjectNode churn = root.putObject("churn");
        churn.put("macro_f1", round(r.macroF1()));
        ObjectNode categories = churn.putObject("categories");
        r.categories().forEach((c, prf) -> categories.putObject(c).put("precision", round(prf.precision()))
                .put("recall", round(prf.recall())).put("f1", round(prf.f1())));
        root.put("risk_accuracy", round(r.riskAccuracy()));
        root.put("false_alarm_rate", round(r.falseAlarmRate()));
        ObjectNode qa = root.putObject("qa");
        r.qa().forEach((item, acc) -> qa.put(item, round(acc)));
        qa.put("macro_accuracy", round(r.qaMacroAccuracy()));
        return JSON.writeValueAsString(root);
    }

    /** @param predictedBy what made the predictions, e.g. {@code "packs: churn-signals 2026.12.26, ..."} */
    public static String table(EvalReport r, String corpus, String predictedBy) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "eval-rules: %d calls from %s%n%s%n%n", r.calls(), corpus, predictedBy));
        s.append(String.format(Locale.ROOT, "%-18s %9s %7s %6s %8s %9s %7s%n", "churn category", "precision", "recall",
                "F1", "labeled", "predicted", "correct"));
        for (Map.Entry<String, EvalReport.Prf> e : r.categories().entrySet()) {
            EvalReport.Prf p = e.getValue();
            s.append(String.format(Locale.ROOT, "%-18s %9.3f %7.3f %6.3f %8d %9d %7d%n", e.getKey(), p.precision(),
                    p.recall(), p.f1(), p.labeled(), p.predicted(), p.correct()));
        }
        s.append(String.format(Locale.ROOT, "%-18s %24.3f%n", "churn macro-F1", r.macroF1()));
        s.append(String.format(Locale.ROOT, "%-33s %9.3f  (call, category), turns aside%n%n", "churn macro-F1 by category",
                r.categoryMacroF1()));
        s.append(String.format(Locale.ROOT, "call-level risk accuracy  %.3f%n", r.riskAccuracy()));
        s.append(String.format(Locale.ROOT, "false-alarm rate          %.3f  (%d risk-free calls)%n%n",
                r.falseAlarmRate(), r.riskFreeCalls()));
        s.append(String.format(Locale.ROOT, "%-18s %9s%n", "QA item", "accuracy"));
        r.qa().forEach((item, acc) -> s.append(String.format(Locale.ROOT, "%-18s %9.3f%n", item, acc)));
        s.append(String.format(Locale.ROOT, "%-18s %9.3f%n%n", "QA macro accuracy", r.qaMacroAccuracy()));
        EvalReport.Prf n = r.negativeTurnsF1();
        s.append(String.format(Locale.ROOT, "customer negative turns: precision %.3f recall %.3f F1 %.3f%n",
                n.precision(), n.recall(), n.f1()));
        return s.toString();
    }

    /**
     * The headline figures of one corpus read through the simulated recognizer with each of {@code seeds} (one report
     * per seed, in order) and their mean: churn macro-F1, risk accuracy, false alarms (risk-free calls given a risk)
     * and QA macro accuracy.
     */
    public static String seedTable(List<Long> seeds, List<EvalReport> reports, String corpus, String packs) {
        if (seeds.isEmpty() || seeds.size() != reports.size()) {
            throw new IllegalArgumentException("one report per seed, at least one");
        }
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "eval-rules: %d calls from %s, seeds %d-%d%npacks: %s%n%n",
                reports.getFirst().calls(), corpus, seeds.getFirst(), seeds.getLast(), packs));
        s.append(String.format(Locale.ROOT, "%-6s %14s %13s %14s %9s%n", "seed", "churn macro-F1", "risk accuracy",
                "false alarms", "QA macro"));
        double f1 = 0;
        double risk = 0;
        double alarms = 0;
        double qa = 0;
        for (int i = 0; i < seeds.size(); i++) {
            EvalReport r = reports.get(i);
            double falseAlarms = r.falseAlarmRate() * r.riskFreeCalls();
            s.append(String.format(Locale.ROOT, "%-6d %14.3f %13.3f %6.0f of %-4d %9.3f%n", seeds.get(i), r.macroF1(),
                    r.riskAccuracy(), falseAlarms, r.riskFreeCalls(), r.qaMacroAccuracy()));
            f1 += r.macroF1();
            risk += r.riskAccuracy();
            alarms += falseAlarms;
            qa += r.qaMacroAccuracy();
        }
        int n = seeds.size();
        s.append(String.format(Locale.ROOT, "%-6s %14.3f %13.3f %6.1f of %-4d %9.3f%n", "mean", f1 / n, risk / n,
                alarms / n, reports.getFirst().riskFreeCalls(), qa / n));
        return s.toString();
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
