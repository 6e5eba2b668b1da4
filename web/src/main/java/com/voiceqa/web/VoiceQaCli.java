package com.voiceqa.web;

import com.voiceqa.core.cli.CliCommand;
import com.voiceqa.core.cli.UserError;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** Entry point of {@code ./voiceqa}: finds the subcommands every module registers and runs the one asked for. */
public final class VoiceQaCli {

    private VoiceQaCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, CliCommand> commands = discover();
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            printUsage(commands, out);
            return args.length == 0 ? 2 : 0;
        }
        CliCommand command = commands.get(args[0]);
        if (command == null) {
            err.println("voiceqa: unknown command '" + args[0] + "'. Run ./voiceqa help to list the commands.");
            return 2;
        }
        try {
            return command.run(List.of(Arrays.copyOfRange(args, 1, args.length)), out, err);
        } catch (UserError e) {
            err.println("voiceqa " + command.name() + ": " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("voiceqa " + command.name() + ": unexpected failure: " + e
                    + "\nThis is a bug; please report it with the command you ran. Stack trace follows.");
            e.printStackTrace(err);
            return 3;
        }
    }

    private static Map<String, CliCommand> discover() {
        Map<String, CliCommand> commands = new TreeMap<>();
        ServiceLoader.load(CliCommand.class).forEach(c -> commands.put(c.name(), c));
        return commands;
    }

    private static void printUsage(Map<String, CliCommand> commands, PrintStream out) {
        out.println("usage: ./voiceqa <command> [args]\n\ncommands:");
        int width = commands.keySet().stream().mapToInt(String::length).max().orElse(0);
        commands.values().stream().sorted(Comparator.comparing(CliCommand::name))
                .forEach(c -> out.printf("  %-" + width + "s  %s%n", c.name(), c.usage()));
    }
}
