package com.voiceqa.asr.cli;

import com.voiceqa.asr.AsrConfig;
import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.ProgressListener;
import com.voiceqa.asr.audio.PcmAudio;
import com.voiceqa.asr.audio.WavReader;
import com.voiceqa.asr.json.TranscriptJson;
import com.voiceqa.asr.model.ModelResolver;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.Transcript;
import com.voiceqa.core.cli.CliArgs;
import com.voiceqa.core.cli.CliCommand;
import com.voiceqa.core.cli.UserError;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code ./voiceqa transcribe FILE.wav [--model DIR] [--channels rep,customer] [--json]}. */
public final class TranscribeCommand implements CliCommand {

    /** Recordings at least this long show a progress bar on stderr. */
    private static final double PROGRESS_FROM_SECONDS = 20;

    @Override
    public String name() {
        return "transcribe";
    }

    @Override
    public String usage() {
        return "transcribe FILE.wav [--model DIR] [--channels rep,customer] [--json]  "
                + "transcribe a recording per speaker channel and print its acoustic metrics";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options options = Options.parse(args, usage());
        if (!Files.isRegularFile(options.file())) {
            throw new UserError(options.file() + ": no such file; give the path of a WAV recording");
        }
        PcmAudio audio = WavReader.read(options.file());
        ChannelLayout layout = options.layout() != null ? options.layout() : ChannelLayout.forChannels(audio.channels());
        Path model = ModelResolver.fromEnvironment().resolve(options.model(),
                ConsoleProgress.bytes(err, "downloading the speech model"));
        ProgressListener progress = audio.durationSeconds() * audio.channels() >= PROGRESS_FROM_SECONDS
                ? ConsoleProgress.seconds(err, "transcribing") : ProgressListener.NONE;
        Transcript transcript;
        try (AsrEngine engine = AsrEngine.load(AsrConfig.of(model))) {
            transcript = engine.transcribe(audio, options.file().toString(), layout, progress);
        }
        if (options.json()) {
            out.println(TranscriptJson.toJson(transcript));
        } else {
            TranscriptPrinter.print(transcript, options.file(), audio, out);
        }
        return 0;
    }

    private record Options(Path file, Path model, ChannelLayout layout, boolean json) {

        static Options parse(List<String> args, String usage) {
            Path file = null;
            Path model = null;
            ChannelLayout layout = null;
            boolean json = false;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                switch (arg) {
                    case "--json" -> json = true;
                    case "--model" -> model = Path.of(CliArgs.value(args, ++i, arg, usage));
                    case "--channels" -> layout = parseLayout(CliArgs.value(args, ++i, arg, usage));
                    default -> {
                        if (arg.startsWith("--") || file != null) {
                            throw new UserError("unexpected argument '" + arg + "'. Usage: " + usage);
                        }
                        file = Path.of(arg);
                    }
                }
            }
            if (file == null) {
                throw new UserError("which recording? Usage: " + usage);
            }
            return new Options(file, model, layout, json);
        }

        private static ChannelLayout parseLayout(String roles) {
            try {
                return ChannelLayout.parse(roles);
            } catch (IllegalArgumentException e) {
                throw new UserError("--channels: " + e.getMessage() + " (one role per channel, left first, e.g. "
                        + "rep,customer)");
            }
        }
    }
}
