package com.voiceqa.web.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** English test speech made in the test run with Debian's espeak-ng and sox (installed by .ci/run). */
public final class Speech {

    private Speech() {
    }

    /** Speaks {@code text} into a 16 kHz mono 16-bit WAV. */
    public static Path say(String text, Path dir, String name) throws IOException, InterruptedException {
        Path raw = dir.resolve(name + "-raw.wav");
        Path wav = dir.resolve(name + ".wav");
        run(List.of("espeak-ng", "-v", "en-us", "-s", "140", "-w", raw.toString(), text));
        run(List.of("sox", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", wav.toString()));
        return wav;
    }

    /** Joins WAVs with {@code gapSeconds} of silence between them. */
    public static Path join(Path dir, String name, double gapSeconds, Path... parts) throws IOException, InterruptedException {
        Path silence = dir.resolve(name + "-gap.wav");
        run(List.of("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", silence.toString(), "trim", "0",
                String.valueOf(gapSeconds)));
        List<String> command = new ArrayList<>(List.of("sox"));
        for (int i = 0; i < parts.length; i++) {
            command.add(parts[i].toString());
            if (i < parts.length - 1) {
                command.add(silence.toString());
            }
        }
        Path out = dir.resolve(name + ".wav");
        command.add(out.toString());
        run(command);
        return out;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("'" + String.join(" ", command) + "' failed (install espeak-ng and sox: "
                    + ".ci/run does): " + output);
        }
    }

    public static double seconds(Path wav16kMono) throws IOException {
        return (Files.size(wav16kMono) - 44) / 32000.0;
    }
}
