package com.voiceqa.web;

import com.voiceqa.asr.cli.CliCommand;
import com.voiceqa.asr.cli.UserError;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./voiceqa serve [--demo] [--model DIR] [--data DIR] [--port N]}: runs the whole product until stopped.
 * Any further {@code --spring.property=value} argument is handed to Spring (e.g. a PostgreSQL datasource URL).
 */
public final class ServeCommand implements CliCommand {

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String usage() {
        return "[--demo] [--model DIR] [--data DIR] [--port N]  run the product (dashboard on http://localhost:8080/)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws InterruptedException {
        List<String> springArgs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--demo" -> springArgs.add("--voiceqa.demo=true");
                case "--model" -> springArgs.add("--voiceqa.model-dir=" + existingDir(valueOf(args, ++i, arg), "--model"));
                case "--data" -> springArgs.add("--voiceqa.data-dir=" + Path.of(valueOf(args, ++i, arg)).toAbsolutePath());
                case "--port" -> springArgs.add("--voiceqa.http-port=" + port(valueOf(args, ++i, arg)));
                default -> {
                    if (!arg.startsWith("--") || !arg.contains("=")) {
                        throw new UserError("unknown argument '" + arg + "'. Usage: ./voiceqa serve " + usage());
                    }
                    springArgs.add(arg);
                }
            }
        }
        SpringApplication application = new SpringApplication(VoiceQaApplication.class);
        CountDownLatch closed = new CountDownLatch(1);
        application.addListeners(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        ConfigurableApplicationContext context = application.run(springArgs.toArray(String[]::new));
        Runtime.getRuntime().addShutdownHook(new Thread(context::close, "voiceqa-shutdown"));
        closed.await();
        return 0;
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

    private static String port(String value) {
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
