package com.voiceqa.core.cli;

import java.util.List;
import java.util.function.DoublePredicate;

/** Parsing help shared by the subcommands: every flag that takes a value fails the same way when it has none. */
public final class CliArgs {

    private CliArgs() {
    }

    /**
     * The value after a flag: {@code args.get(i)}.
     *
     * @throws UserError naming the flag and the usage when the value is missing or is the next flag
     */
    public static String value(List<String> args, int i, String flag, String usage) {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UserError(flag + " needs a value. Usage: " + usage);
        }
        return args.get(i);
    }

    /**
     * {@code text} as a number that {@code valid} accepts.
     *
     * @throws UserError "{@code flag} takes {@code takes}, not '{@code text}'" when it is no number or out of range
     */
    public static double number(String text, String flag, DoublePredicate valid, String takes) {
        try {
            double value = Double.parseDouble(text);
            if (valid.test(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new UserError(flag + " takes " + takes + ", not '" + text + "'");
    }
}
