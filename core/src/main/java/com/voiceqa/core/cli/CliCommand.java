package com.voiceqa.core.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * A {@code ./voiceqa <command>} subcommand. Modules contribute commands through
 * {@code META-INF/services/com.voiceqa.core.cli.CliCommand}; the launcher in the web module discovers them, so no
 * module needs to know the others.
 */
public interface CliCommand {

    /** The word typed after {@code ./voiceqa}, e.g. {@code transcribe}. */
    String name();

    /** One line: arguments and what the command does. */
    String usage();

    /**
     * Runs the command. Problems the user can fix are thrown as {@link UserError} with a message that says what
     * to do; the launcher prints it without a stack trace.
     *
     * @return the process exit code
     */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
