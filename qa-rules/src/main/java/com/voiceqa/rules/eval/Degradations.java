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

    static long seed(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UserError("--seed needs a whole number, got '" + value + "'");
        }
    }
}
