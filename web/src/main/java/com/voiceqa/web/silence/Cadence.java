package com.voiceqa.web.silence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An account's usual gap between contacts: the median gap between consecutive calls, learned from at least
 * {@link #MIN_CALLS} calls (fewer give no cadence: silence cannot be judged yet).
 */
final class Cadence {

    static final int MIN_CALLS = 3;

    private Cadence() {
    }

    /** @param calls call start times, oldest first */
    static Optional<Duration> of(List<Instant> calls) {
        if (calls.size() < MIN_CALLS) {
            return Optional.empty();
        }
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < calls.size(); i++) {
            gaps.add(Duration.between(calls.get(i - 1), calls.get(i)));
        }
        gaps.sort(null);
        int middle = gaps.size() / 2;
        return Optional.of(gaps.size() % 2 == 1 ? gaps.get(middle) : gaps.get(middle - 1).plus(gaps.get(middle)).dividedBy(2));
    }

    /** The gap that counts as silence: {@code factor} × the cadence, never less than {@code minimum}. */
    static Duration threshold(Duration cadence, double factor, Duration minimum) {
        Duration scaled = Duration.ofSeconds((long) (cadence.toSeconds() * factor));
        return scaled.compareTo(minimum) < 0 ? minimum : scaled;
    }
}
