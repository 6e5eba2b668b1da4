/**
 * The {@code ./voiceqa} command-line contract: each module implements {@link com.voiceqa.core.cli.CliCommand} and
 * lists its commands in {@code META-INF/services/com.voiceqa.core.cli.CliCommand}; the launcher in the web module
 * finds them with {@link java.util.ServiceLoader}.
 *
 * <p>Invariants: a problem the user can fix is a {@link com.voiceqa.core.cli.UserError} whose message says what to
 * do, printed without a stack trace; modules' own errors of that kind (a bad model, an unreadable WAV) extend it, so
 * the launcher needs to know no module's exceptions. Every flag that takes a value fails the same way when it has
 * none ({@link com.voiceqa.core.cli.CliArgs}).
 */
package com.voiceqa.core.cli;
