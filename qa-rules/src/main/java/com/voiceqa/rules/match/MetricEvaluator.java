package com.voiceqa.rules.match;

import com.voiceqa.core.metrics.CallMetrics;
import com.voiceqa.core.metrics.ChannelMetrics;
import com.voiceqa.core.metrics.Interval;
import com.voiceqa.core.metrics.Overlap;
import com.voiceqa.rules.Evidence;
import com.voiceqa.rules.RuleExplanation.Rejection;
import com.voiceqa.rules.pack.MetricCondition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Evaluates acoustic and conversational conditions against a call's metrics. */
final class MetricEvaluator {

    private MetricEvaluator() {
    }

    static ConditionResult evaluate(MetricCondition m, CallMetrics metrics, List<Utterance> utterances) {
        Optional<Double> value = value(m, metrics, utterances);
        if (value.isEmpty()) {
            Evidence none = new Evidence(-1, 0, 0, 0, 0, "", "no acoustic metrics for this call");
            return new ConditionResult(m, false, List.of(), List.of(new Rejection(none,
                    "the call has no acoustic metrics (transcript only)")));
        }
        double v = value.get();
        boolean ok = (Double.isNaN(m.above()) || v > m.above()) && (Double.isNaN(m.below()) || v < m.below());
        List<Evidence> where = where(m, metrics, v);
        if (ok) {
            return new ConditionResult(m, true, where, List.of());
        }
        String described = String.format(Locale.ROOT, "%s = %.2f", name(m), v);
        return new ConditionResult(m, false, List.of(),
                List.of(new Rejection(new Evidence(-1, 0, 0, 0, 0, m.speaker(), described), "value out of bounds")));
    }

    private static Optional<Double> value(MetricCondition m, CallMetrics metrics, List<Utterance> utterances) {
        if (metrics == null) {
            if (m.metric() == MetricCondition.Metric.DURATION && !utterances.isEmpty()) {
                return Optional.of(utterances.getLast().segment().end());
            }
            return Optional.empty();
        }
        if (!m.metric().perSpeaker()) {
            return Optional.of(m.metric() == MetricCondition.Metric.SILENCE ? metrics.longestSilence()
                    : metrics.durationSeconds());
        }
        return metrics.channel(m.speaker()).map(c -> channelValue(m, c));
    }

    private static double channelValue(MetricCondition m, ChannelMetrics c) {
        return switch (m.metric()) {
            case SPEECH_RATE -> c.speechRatePerMinute();
            case INTERRUPTIONS -> c.interruptionsMade();
            case TALK_RATIO -> c.talkRatio();
            case MONOLOGUE -> c.longestMonologue();
            default -> throw new IllegalArgumentException("not a per-speaker metric: " + m.metric());
        };
    }

    /** Evidence for a satisfied metric condition: the events themselves where the metric has them. */
    private static List<Evidence> where(MetricCondition m, CallMetrics metrics, double v) {
        String described = String.format(Locale.ROOT, "%s = %.2f", name(m), v);
        List<Evidence> out = new ArrayList<>();
        if (metrics != null && m.metric() == MetricCondition.Metric.SILENCE) {
            for (Interval s : metrics.silences()) {
                if (s.duration() >= v - 1e-9) {
                    out.add(new Evidence(-1, 0, 0, s.start(), s.end(), "", described));
                }
            }
        } else if (metrics != null && m.metric() == MetricCondition.Metric.INTERRUPTIONS) {
            for (Overlap o : metrics.overlaps()) {
                if (o.interrupter().equals(m.speaker())) {
                    out.add(new Evidence(-1, 0, 0, o.start(), o.end(), o.interrupter(),
                            o.interrupter() + " interrupted " + o.interrupted()));
                }
            }
        }
        if (out.isEmpty()) {
            double end = metrics == null ? 0 : metrics.durationSeconds();
            out.add(new Evidence(-1, 0, 0, 0, end, m.speaker(), described));
        }
        return out;
    }

    private static String name(MetricCondition m) {
        String base = m.metric().name().toLowerCase(Locale.ROOT);
        return m.metric().perSpeaker() ? base + "(" + m.speaker() + ")" : base;
    }
}
