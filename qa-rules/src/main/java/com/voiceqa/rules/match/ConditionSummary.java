package com.voiceqa.rules.match;

import com.voiceqa.rules.pack.PinyinMatching;
import com.voiceqa.rules.pack.MetricCondition;
import com.voiceqa.rules.pack.Scope;
import com.voiceqa.rules.pack.TextCondition;
import com.voiceqa.rules.pack.TextOperator;
import com.voiceqa.rules.pack.TextOperator.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One-line human description of a condition, for dry-run explanations. */
final class ConditionSummary {

    private ConditionSummary() {
    }

    static String of(com.voiceqa.rules.pack.Condition c) {
        return switch (c) {
            case TextCondition t -> of(t);
            case MetricCondition m -> of(m);
        };
    }

    static String of(TextCondition c) {
        String what = switch (c.operator()) {
            case TextOperator.Keywords k -> (k.minMatches() == 1 ? "any of " : "at least " + k.minMatches() + " of ")
                    + terms(k.terms()) + (k.pinyin() == PinyinMatching.ALL ? " (pinyin-tolerant)" : "");
            case TextOperator.Proximity p -> terms(p.terms()) + (p.ordered() ? " in order" : "") + " within "
                    + p.withinChars() + " chars";
            case TextOperator.Regex r -> "regex /" + r.pattern() + "/"
                    + (r.exclude() == null ? "" : " unless /" + r.exclude() + "/") + (r.bySound() ? " (by sound)" : "");
            case TextOperator.Semantic s -> "a clause the model " + s.model() + " rates \"" + s.label() + "\" above "
                    + s.above();
        };
        return what + scope(c.scope()) + ", negation " + c.negation().name().toLowerCase(Locale.ROOT);
    }

    static String of(MetricCondition m) {
        StringBuilder s = new StringBuilder(m.metric().name().toLowerCase(Locale.ROOT));
        if (m.metric().perSpeaker()) {
            s.append(" of ").append(m.speaker());
        }
        if (!Double.isNaN(m.above())) {
            s.append(" > ").append(m.above());
        }
        if (!Double.isNaN(m.below())) {
            s.append(" < ").append(m.below());
        }
        return s.toString();
    }

    private static String terms(List<Term> terms) {
        List<String> out = new ArrayList<>();
        terms.forEach(t -> out.add(String.join("|", t.forms())));
        return out.toString();
    }

    private static String scope(Scope s) {
        StringBuilder out = new StringBuilder();
        if (!s.speaker().isEmpty()) {
            out.append(", said by ").append(s.speaker());
        }
        if (s.skip() > 0) {
            out.append(", after the first ").append(s.skip()).append(" utterance(s)");
        }
        if (s.first() > 0) {
            out.append(", in the first ").append(s.first()).append(" utterance(s)");
        }
        if (s.last() > 0) {
            out.append(", in the last ").append(s.last()).append(" utterance(s)");
        }
        if (s.fromSeconds() > 0 || s.toSeconds() != Double.POSITIVE_INFINITY) {
            out.append(", between ").append(s.fromSeconds()).append(" s and ").append(s.toSeconds()).append(" s");
        }
        if (s.anchor() != null) {
            out.append(", ").append(s.anchor().relation().name().toLowerCase(Locale.ROOT)).append(" condition ")
                    .append(s.anchor().conditionId()).append(" within ").append(s.anchor().within())
                    .append(" utterance(s)");
        }
        return out.toString();
    }
}
