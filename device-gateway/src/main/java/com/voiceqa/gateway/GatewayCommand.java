package com.voiceqa.gateway;

import com.voiceqa.asr.AsrConfig;
import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.audio.AudioFormatException;
import com.voiceqa.asr.model.ModelResolver;
import com.voiceqa.core.cli.CliCommand;
import com.voiceqa.core.cli.UntilStopped;
import com.voiceqa.core.cli.UserError;
import com.voiceqa.core.events.CallEvent;
import com.voiceqa.core.events.CallEventBus;
import com.voiceqa.gateway.auth.DeviceDirectory;
import com.voiceqa.gateway.auth.FileDeviceDirectory;
import com.voiceqa.gateway.auth.SecretFiles;
import com.voiceqa.gateway.call.Transcription;
import com.voiceqa.gateway.config.GatewayConfig;
import com.voiceqa.gateway.events.InProcessCallEventBus;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ./voiceqa gateway}: runs the device gateway on its own until interrupted. Without a speech model it refuses
 * to start (a gateway that silently produced no transcripts would look broken much later); {@code --no-asr} runs it
 * deliberately as a recorder.
 */
public final class GatewayCommand implements CliCommand {

    static final String USAGE = "gateway [--model DIR | --no-asr] [--data DIR] [--devices FILE] [--host ADDR] "
            + "[--ws-port N] [--badge-port N] [--tls-keystore FILE.p12] [--require-auth] [--asr-backlog SECONDS] "
            + "[--max-connections-per-address N] [--stale-call-timeout SECONDS] [--warm-recognizers N] "
            + "[--warm-speech FILE.wav] [--no-fsync]  "
            + "run the device gateway (vosk-server WebSocket + badge protocol)";

    @Override
    public String name() {
        return "gateway";
    }

    @Override
    public String usage() {
        return USAGE;
    }

    /** Runs the command outside the product jar (the simulator's tests start gateways this way). */
    public static void main(String[] args) throws Exception {
        try {
            System.exit(new GatewayCommand().run(List.of(args), System.out, System.err));
        } catch (UserError e) {
            System.err.println("voiceqa gateway: " + e.getMessage());
            System.exit(2);
        }
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        GatewayOptions options = GatewayOptions.parse(args);
        GatewayConfig config = options.config();
        DeviceDirectory devices = loadDevices(options.devicesFile(config.dataDir()), err);
        try (AsrEngine engine = options.noAsr() ? null : loadEngine(options);
             CallEventBus events = new InProcessCallEventBus()) {
            events.subscribe(event -> logEvent(event, out));
            Optional<Transcription> asr = Optional.ofNullable(engine).map(EngineTranscription::new);
            Gateway gateway = startGateway(config, devices, asr, events);
            UntilStopped stopped = UntilStopped.onShutdown("voiceqa-gateway", gateway::close);
            String scheme = config.tls().isPresent() ? "wss" : "ws";
            out.printf("voiceqa gateway listening: %s://%s:%d (vosk-server compatible), badge protocol %s %s:%d%n",
                    scheme, config.host(), gateway.webSocketPort(), config.tls().isPresent() ? "TLS" : "plaintext",
                    config.host(), gateway.badgePort());
            out.printf("data in %s; ASR %s; fsync %s; anonymous WebSocket clients %s%n", config.dataDir(),
                    engine == null ? "OFF (--no-asr): audio is stored, no transcripts" : "on (" + options.model() + ")",
                    config.fsync() ? "on" : "OFF", config.allowAnonymousPhones() ? "allowed" : "refused");
            plaintextWarning(config).ifPresent(err::println);
            out.flush();
            stopped.await();
        }
        return 0;
    }

    private static Gateway startGateway(GatewayConfig config, DeviceDirectory devices, Optional<Transcription> asr,
                                        CallEventBus events) throws InterruptedException {
        try {
            return Gateway.start(config, devices, asr, events);
        } catch (IOException e) {
            throw new UserError("the gateway could not start: " + e.getMessage(), e);
        }
    }

    private static AsrEngine loadEngine(GatewayOptions options) {
        Path dir;
        try {
            dir = ModelResolver.fromEnvironment().resolve(options.model(), (done, total) -> { });
        } catch (RuntimeException e) {
            throw new UserError("no speech model for live transcripts: " + e.getMessage()
                    + ". Or start with --no-asr to store calls without transcripts.", e);
        }
        // devices may stay away for a while and resume; keep their decoders that long. The backlog bounds how far
        // decoding may fall behind a call before the gateway stops reading that call's socket.
        try {
            return AsrEngine.load(AsrConfig.of(dir).withIdleTimeout(Duration.ofHours(1))
                    .withMaxBacklogSeconds(options.asrBacklogSeconds()).withWarmRecognizers(options.warmRecognizers())
                    .withWarmUpSpeech(options.warmSpeech()));
        } catch (AudioFormatException e) {
            throw new UserError("--warm-speech: " + e.getMessage() + "; give a WAV recording of speech in the model's"
                    + " language, or leave the option out", e);
        }
    }

    /** The device list at {@code file}, or an empty one with a warning on {@code err} when there is none. */
    public static DeviceDirectory loadDevices(Path file, PrintStream err) {
        if (!Files.exists(file)) {
            err.println("voiceqa gateway: no device list at " + file + ": no badge can log in. Create it with one "
                    + "'<device-id> <secret>' line per device (secret: openssl rand -hex 32) or pass --devices FILE.");
            return FileDeviceDirectory.of(Map.of());
        }
        readableByOthersWarning(file).ifPresent(err::println);
        try {
            return FileDeviceDirectory.load(file);
        } catch (IOException | IllegalArgumentException e) {
            throw new UserError("cannot read the device list " + file + ": " + e.getMessage(), e);
        }
    }

    private static void logEvent(CallEvent event, PrintStream out) {
        switch (event) {
            case CallEvent.Started s -> out.printf("call %s started: declared rep %s, %d Hz %s%s%n", s.call().key(),
                    s.call().repId(), s.call().format().sampleRate(),
                    s.call().format().layout().roles(), s.call().storeAndForward() ? ", uploaded from storage" : "");
            case CallEvent.Ended e -> out.printf("call %s ended (%s): %d bytes in %s%s%n", e.call().key(), e.reason(),
                    e.audioBytes(), e.recording(), e.transcript().map(t -> ", " + t.segments().size() + " segments").orElse(""));
            default -> {
            }
        }
        out.flush();
    }

    /** A warning when the device list (every badge's secret) can be read by other users of the machine. */
    static Optional<String> readableByOthersWarning(Path devices) {
        return SecretFiles.exposedPermissions(devices).map(permissions -> "WARNING: " + devices
                + " holds every device's secret but is " + permissions + "; anyone who reads it can impersonate the "
                + "badges. Run: chmod 600 " + devices);
    }

    /** A warning when the gateway serves plaintext beyond this machine: device secrets and audio cross the network. */
    public static Optional<String> plaintextWarning(GatewayConfig config) {
        if (config.tls().isPresent() || isLoopback(config.host())) {
            return Optional.empty();
        }
        return Optional.of("WARNING: the gateway listens on " + config.host() + " WITHOUT TLS: badge audio, WebSocket "
                + "tokens (device secrets) and transcripts cross the network readable by anyone on the path. Give it a "
                + "certificate with --tls-keystore FILE.p12 (README, \"TLS\") or listen on 127.0.0.1.");
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }
}
