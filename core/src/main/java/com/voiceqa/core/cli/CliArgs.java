package com.voiceqa.core.cli;

import java.util.List;

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
}
