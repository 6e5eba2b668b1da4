package com.voiceqa.asr.metrics;

import com.voiceqa.core.metrics.Interval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Operations on sorted lists of intervals. */
final class Intervals {

    private Intervals() {
    }

    /** The union of several sorted interval lists, as one sorted list of disjoint intervals. */
    static List<Interval> union(List<List<Interval>> lists) {
        List<Interval> all = new ArrayList<>();
        lists.forEach(all::addAll);
        all.sort(Comparator.comparingDouble(Interval::start));
        List<Interval> merged = new ArrayList<>();
        for (Interval next : all) {
            Interval last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && next.start() <= last.end()) {
                merged.set(merged.size() - 1, new Interval(last.start(), Math.max(last.end(), next.end())));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }

    /** The gaps between consecutive intervals of a sorted disjoint list that last at least {@code minSeconds}. */
    static List<Interval> gaps(List<Interval> sorted, double minSeconds) {
        List<Interval> gaps = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            Interval gap = new Interval(sorted.get(i - 1).end(), sorted.get(i).start());
            if (gap.duration() >= minSeconds) {
                gaps.add(gap);
            }
        }
        return gaps;
    }

    static double total(List<Interval> intervals) {
        return intervals.stream().mapToDouble(Interval::duration).sum();
    }

    /** Seconds to the millisecond: the frame grid is 10 ms, finer digits are noise. */
    static double round(double seconds) {
        return Math.round(seconds * 1000.0) / 1000.0;
    }
}
