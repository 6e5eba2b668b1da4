package com.voiceqa.web.cli;

import com.voiceqa.core.cli.CliArgs;
import com.voiceqa.core.cli.CliCommand;
import com.voiceqa.core.cli.UserError;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A cluster role of the product from the one jar ({@code ./voiceqa analytics}, {@code ./voiceqa web}): the Spring
 * product with {@code voiceqa.roles} set to the role, over a shared database and index given on the command line.
 * Further {@code --spring.*} / {@code --voiceqa.*} arguments are handed to Spring as {@code serve} does.
 */
abstract class RoleCommand implements CliCommand {

    private final String role;
    private final boolean kafka;
    private final int defaultPort;

    /**
     * @param kafka       whether the role reads the cluster's Kafka ({@code --kafka} required)
     * @param defaultPort its HTTP port without {@code --port}; 0 picks a free one
     */
    RoleCommand(String role, boolean kafka, int defaultPort) {
        this.role = role;
        this.kafka = kafka;
        this.defaultPort = defaultPort;
    }

    @Override
    public String name() {
        return role;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        String usage = "./voiceqa " + role + " " + usage();
        List<String> springArgs = new ArrayList<>(List.of("--voiceqa.roles=" + role));
        String data = null;
        int port = defaultPort;
        boolean hasDb = false;
        boolean hasIndex = false;
        boolean hasKafka = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--kafka" -> {
                    springArgs.add("--voiceqa.kafka.bootstrap-servers=" + CliArgs.value(args, ++i, arg, usage));
                    hasKafka = true;
                }
                case "--db" -> {
                    springArgs.add("--spring.datasource.url=" + CliArgs.value(args, ++i, arg, usage));
                    hasDb = true;
                }
                case "--db-user" -> springArgs.add("--spring.datasource.username=" + CliArgs.value(args, ++i, arg, usage));
                case "--db-password" ->
                        springArgs.add("--spring.datasource.password=" + CliArgs.value(args, ++i, arg, usage));
                case "--index" -> {
                    springArgs.addAll(IndexOption.springArgs(CliArgs.value(args, ++i, arg, usage)));
                    hasIndex = true;
                }
                case "--data" -> data = CliArgs.value(args, ++i, arg, usage);
                case "--port" -> port = Integer.parseInt(ServeCommand.port(CliArgs.value(args, ++i, arg, usage)));
                default -> {
                    if (!arg.startsWith("--") || !arg.contains("=")) {
                        throw new UserError("unknown argument '" + arg + "'. Usage: " + usage);
                    }
                    springArgs.add(arg);
                }
            }
        }
        if (!hasDb || !hasIndex || (kafka && !hasKafka)) {
            throw new UserError("the cluster's " + (kafka ? "Kafka (--kafka), " : "") + "database (--db) and index "
                    + "(--index) must be given. Usage: " + usage);
        }
        Path folder = DataFolder.resolve(data, false);
        springArgs.add("--voiceqa.data-dir=" + folder);
        springArgs.add("--voiceqa.http-port=" + port);
        try (DataFolderLock lock = DataFolderLock.acquire(folder, port)) {
            if (port != 0) {
                Ports.requireFree(port, role, "--port N");
            }
            return SpringProduct.run(springArgs);
        }
    }
}
