package com.voiceqa.rules.eval;

import com.voiceqa.core.cli.UserError;
import com.voiceqa.rules.channel.Degradation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** FROM-TO, each a whole number that fits a long (18 digits at most). */
    private static final Pattern SEED_RANGE = Pattern.compile("(\\d{1,18})\\s*-\\s*(\\d{1,18})");

    /**
     * A range of channel seeds such as {@code 1-5}: the simulated recognizer's errors are random, so one seed's figures
     * move by themselves (docs/packs-history.md, "Stop 37 (churn)"); a judgement on noisy text reads their mean.
     */
    static List<Long> seeds(String value) {
        Matcher range = SEED_RANGE.matcher(value.strip());
        if (!range.matches()) {
            throw new UserError("--seeds needs a range of whole numbers such as 1-5, got '" + value + "'");
        }
        long from = Long.parseLong(range.group(1));
        long to = Long.parseLong(range.group(2));
        if (to < from || to - from >= MAX_SEEDS) {
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
