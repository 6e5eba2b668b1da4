package com.voiceqa.web.cli;

import com.voiceqa.core.cli.CliCommand;
import com.voiceqa.core.cli.UserError;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./voiceqa serve [--demo] [--model DIR] [--data DIR] [--port N]}: runs the whole product until stopped.
 * Any further {@code --spring.property=value} or {@code --voiceqa.property=value} argument is handed to Spring (e.g. a
 * PostgreSQL datasource URL). Before Spring starts it locks the data folder and checks the ports, so a second
 * instance stops with one line saying which folder or port is taken.
 */
public final class ServeCommand implements CliCommand {

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String usage() {
        return "[--demo] [--model DIR] [--data DIR] [--port N]  run the product (dashboard on http://localhost:8080/;"
                + " data in ~/.voiceqa, the demo's in ~/.voiceqa/demo)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        List<String> springArgs = new ArrayList<>();
        boolean demo = false;
        String data = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--demo" -> demo = true;
                case "--model" -> springArgs.add("--voiceqa.model-dir=" + existingDir(valueOf(args, ++i, arg), "--model"));
                case "--data" -> data = valueOf(args, ++i, arg);
                case "--port" -> springArgs.add("--voiceqa.http-port=" + port(valueOf(args, ++i, arg)));
                default -> {
                    if (!arg.startsWith("--") || !arg.contains("=")) {
                        throw new UserError("unknown argument '" + arg + "'. Usage: ./voiceqa serve " + usage());
                    }
                    springArgs.add(arg);
                }
            }
        }
        demo |= "true".equals(setting(springArgs, "voiceqa.demo", "false"));
        Path folder = DataFolder.resolve(setting(springArgs, "voiceqa.data-dir", data), demo);
        springArgs.add("--voiceqa.demo=" + demo);
        springArgs.add("--voiceqa.data-dir=" + folder);
        int httpPort = Integer.parseInt(setting(springArgs, "voiceqa.http-port", setting(springArgs, "server.port", "8080")));
        try (DataFolderLock lock = DataFolderLock.acquire(folder, httpPort)) {
            requireFreePorts(springArgs, httpPort);
            return SpringProduct.run(springArgs);
        }
    }

    private static void requireFreePorts(List<String> springArgs, int httpPort) {
        Ports.requireFree(httpPort, "dashboard", "--port N");
        if (!"false".equals(setting(springArgs, "voiceqa.gateway.enabled", "true"))) {
            Ports.requireFree(Integer.parseInt(setting(springArgs, "voiceqa.gateway.websocket-port", "2700")),
                    "device WebSocket", "--voiceqa.gateway.websocket-port=N");
            Ports.requireFree(Integer.parseInt(setting(springArgs, "voiceqa.gateway.badge-port", "2701")),
                    "badges", "--voiceqa.gateway.badge-port=N");
        }
    }

    /** The last {@code --name=value} among the Spring arguments (Spring lets the last one win too), or the fallback. */
    private static String setting(List<String> springArgs, String name, String fallback) {
        String value = fallback;
        for (String arg : springArgs) {
            if (arg.startsWith("--" + name + "=")) {
                value = arg.substring(name.length() + 3);
            }
        }
        return value;
    }

    private static String valueOf(List<String> args, int index, String flag) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new UserError(flag + " needs a value, e.g. ./voiceqa serve " + flag + (flag.equals("--port") ? " 8080" : " DIR"));
        }
        return args.get(index);
    }

    private static String existingDir(String value, String flag) {
        Path dir = Path.of(value).toAbsolutePath();
        if (!Files.isDirectory(dir)) {
            throw new UserError(flag + " " + value + ": no such directory. Give the directory of an unpacked Vosk model"
                    + " (it holds am/, conf/ and graph/).");
        }
        return dir.toString();
    }

    static String port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UserError("--port " + value + " is not a TCP port (1-65535)");
        }
    }
}
