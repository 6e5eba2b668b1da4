package com.voiceqa.gateway;

import com.voiceqa.core.cli.CliArgs;
import com.voiceqa.core.cli.UserError;
import com.voiceqa.gateway.config.GatewayConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The parsed flags of {@code ./voiceqa gateway}. */
record GatewayOptions(GatewayConfig config, Path model, boolean noAsr, Path devices, double asrBacklogSeconds,
                      int warmRecognizers, Path warmSpeech) {

    /** Recognizers warmed at start unless --warm-recognizers says otherwise: enough for a burst of 16 calls. */
    static final int DEFAULT_WARM_RECOGNIZERS = 16;

    static final String TLS_PASSWORD_VARIABLE = "VOICEQA_TLS_PASSWORD";

    Path devicesFile(Path dataDir) {
        return devices != null ? devices : dataDir.resolve("devices.txt");
    }

    static GatewayOptions parse(List<String> args) {
        GatewayConfig config = GatewayConfig.defaults(Path.of("gateway-data"));
        Path model = null;
        Path devices = null;
        Path keyStore = null;
        boolean noAsr = false;
        boolean requireAuth = false;
        double asrBacklog = 10;
        int warm = DEFAULT_WARM_RECOGNIZERS;
        Path warmSpeech = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--model" -> model = Path.of(value(args, ++i, arg));
                case "--no-asr" -> noAsr = true;
                case "--data" -> config = config.withDataDir(Path.of(value(args, ++i, arg)));
                case "--devices" -> devices = Path.of(value(args, ++i, arg));
                case "--host" -> config = config.withHost(value(args, ++i, arg));
                case "--ws-port" -> config = config.withPorts(port(args, ++i, arg), config.badgePort());
                case "--badge-port" -> config = config.withPorts(config.webSocketPort(), port(args, ++i, arg));
                case "--tls-keystore" -> keyStore = Path.of(value(args, ++i, arg));
                case "--require-auth" -> requireAuth = true;
                case "--no-fsync" -> config = config.withFsync(false);
                case "--asr-backlog" -> asrBacklog = seconds(args, ++i, arg);
                case "--max-connections-per-address" -> config = config.withLimits(config.limits()
                        .withMaxConnections(config.limits().maxConnections(), positive(args, ++i, arg)));
                case "--stale-call-timeout" -> config = config.withLimits(config.limits()
                        .withStaleCallTimeout(Duration.ofMillis((long) (seconds(args, ++i, arg) * 1000))));
                case "--warm-recognizers" -> warm = count(args, ++i, arg);
                case "--warm-speech" -> warmSpeech = Path.of(value(args, ++i, arg));
                default -> throw new UserError("unexpected argument '" + arg + "'. Usage: " + GatewayCommand.USAGE);
            }
        }
        if (model != null && noAsr) {
            throw new UserError("--model and --no-asr contradict each other; give one");
        }
        if (warmSpeech != null && !Files.isRegularFile(warmSpeech)) {
            throw new UserError("--warm-speech " + warmSpeech + ": no such file; give a WAV recording of speech in the"
                    + " model's language (10 s is enough)");
        }
        if (keyStore != null) {
            config = config.withTls(tls(keyStore));
        }
        config = config.withAllowAnonymousPhones(!requireAuth && GatewayCommand.isLoopback(config.host()));
        return new GatewayOptions(config, model, noAsr, devices, asrBacklog, warm, warmSpeech);
    }

    private static GatewayConfig.Tls tls(Path keyStore) {
        if (!Files.isRegularFile(keyStore)) {
            throw new UserError("--tls-keystore " + keyStore + ": no such file; create a PKCS#12 key store (see README)");
        }
        String password = System.getenv(TLS_PASSWORD_VARIABLE);
        if (password == null) {
            throw new UserError("set " + TLS_PASSWORD_VARIABLE + " to the password of " + keyStore
                    + " (kept out of the command line so it does not show in ps)");
        }
        return new GatewayConfig.Tls(keyStore, password.toCharArray());
    }

    private static String value(List<String> args, int i, String flag) {
        return CliArgs.value(args, i, flag, GatewayCommand.USAGE);
    }

    private static double seconds(List<String> args, int i, String flag) {
        try {
            double seconds = Double.parseDouble(value(args, i, flag));
            if (!(seconds > 0)) {
                throw new NumberFormatException();
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new UserError(flag + " needs a positive number of seconds");
        }
    }

    private static int port(List<String> args, int i, String flag) {
        return whole(args, i, flag, 0, 65535, "a port number 0-65535 (0 picks a free one)");
    }

    private static int count(List<String> args, int i, String flag) {
        return whole(args, i, flag, 0, 1000, "a whole number 0-1000");
    }

    private static int positive(List<String> args, int i, String flag) {
        return whole(args, i, flag, 1, Integer.MAX_VALUE, "a positive whole number");
    }

    private static int whole(List<String> args, int i, String flag, int min, int max, String what) {
        try {
            int n = Integer.parseInt(value(args, i, flag));
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UserError(flag + " needs " + what);
        }
    }
}
