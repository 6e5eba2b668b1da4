package com.voiceqa.rules.eval;

import com.voiceqa.core.cli.UserError;
import com.voiceqa.rules.channel.Degradation;

import java.util.ArrayList;
import java.util.List;

/** Command-line forms of the simulated recognizer's settings, with errors that name the flag. */
final class Degradations {

    private Degradations() {
    }

    static Degradation parse(String spec, String flag) {
        try {
            return Degradation.parse(spec);
        } catch (IllegalArgumentException e) {
            throw new UserError(flag + " " + e.getMessage());
        }
    }

    /** A comma-separated list such as {@code none,nopunct,cer=0.2}. */
    static List<Degradation> parseList(String specs, String flag) {
        List<Degradation> out = new ArrayList<>();
        for (String spec : specs.split(",")) {
            out.add(parse(spec, flag));
        }
        return List.copyOf(out);
    }

    /** The most seeds one {@code --seeds} range may name: each is a whole evaluation of the corpus. */
    static final int MAX_SEEDS = 20;

    /**
     * A range of channel seeds such as {@code 1-5}: the simulated recognizer's errors are random, so one seed's figures
     * move by themselves (docs/packs-history.md, "Stop 37 (churn)"); a judgement on noisy text reads their mean.
     */
    static List<Long> seeds(String value) {
        String[] ends = value.strip().split("-", -1);
        if (ends.length != 2) {
            throw new UserError("--seeds needs a range of whole numbers such as 1-5, got '" + value + "'");
        }
        long from = seed(ends[0].strip());
        long to = seed(ends[1].strip());
        if (from < 0 || to < from || to - from >= MAX_SEEDS) {
            throw new UserError("--seeds needs FROM-TO with 0 <= FROM <= TO and at most " + MAX_SEEDS
                    + " seeds (each is a whole evaluation), got '" + value + "'");
        }
        List<Long> out = new ArrayList<>();
        for (long s = from; s <= to; s++) {
            out.add(s);
        }
        return List.copyOf(out);
    }

    static long seed(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UserError("--seed needs a whole number, got '" + value + "'");
        }
    }
}
