package com.voiceqa.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An account's churn risk across its calls, oldest first.
 *
 * @param account    the account
 * @param points     one point per call, in time order
 * @param current    risk of the latest call
 * @param peak       highest risk of any call
 * @param direction  latest call compared with the mean of the calls before it
 * @param categories how many calls raised each churn category
 */
public record AccountRiskTrend(String account, List<Point> points, ChurnRisk current, ChurnRisk peak,
                               Direction direction, Map<String, Integer> categories) {

    public enum Direction {
        RISING, FALLING, STABLE
    }

    /**
     * @param callId     the call
     * @param startedAt  when it started
     * @param risk       its churn risk
     * @param categories churn categories found in it
     */
    public record Point(String callId, Instant startedAt, ChurnRisk risk, List<String> categories) {
        public Point {
            categories = List.copyOf(categories);
        }

        public static Point of(CallRecord call, CallEvaluation evaluation) {
            List<String> categories = evaluation.churnSignals().stream().map(RuleHit::category).distinct().toList();
            return new Point(call.callId(), call.metadata().startedAt(), evaluation.churnRisk(), categories);
        }
    }

    public AccountRiskTrend {
        points = List.copyOf(points);
        categories = Map.copyOf(categories);
    }

    /** Builds the trend from an account's calls in any order. */
    public static AccountRiskTrend of(String account, List<Point> calls) {
        List<Point> sorted = new ArrayList<>(calls);
        sorted.sort(Comparator.comparing(Point::startedAt));
        Map<String, Integer> categories = new TreeMap<>();
        ChurnRisk peak = ChurnRisk.NONE;
        for (Point p : sorted) {
            p.categories().forEach(c -> categories.merge(c, 1, Integer::sum));
            if (p.risk().compareTo(peak) > 0) {
                peak = p.risk();
            }
        }
        ChurnRisk current = sorted.isEmpty() ? ChurnRisk.NONE : sorted.getLast().risk();
        return new AccountRiskTrend(account, sorted, current, peak, direction(sorted), categories);
    }

    private static Direction direction(List<Point> sorted) {
        if (sorted.size() < 2) {
            return Direction.STABLE;
        }
        double before = sorted.subList(0, sorted.size() - 1).stream().mapToInt(p -> p.risk().ordinal()).average()
                .orElse(0);
        double last = sorted.getLast().risk().ordinal();
        if (last > before + 0.5) {
            return Direction.RISING;
        }
        return last < before - 0.5 ? Direction.FALLING : Direction.STABLE;
    }
}
