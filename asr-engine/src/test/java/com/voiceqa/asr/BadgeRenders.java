package com.voiceqa.asr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Mono renders of the labeled stereo calls that sound like a badge (工牌) worn by the rep: the rep (left channel)
 * near the microphone, the customer (right channel) farther away, i.e. quieter, low-passed and reverberant, plus a
 * room's pink noise. Rendered with sox into {@code target/badge-renders} on first use and kept there (re-rendered
 * when the source is newer); the equal-level mix is the shared {@code call-NNNN.mono.wav} itself.
 */
public final class BadgeRenders {

    /** How the two voices are mixed. */
    public enum Mix {
        /** Both voices at the same level: the hard case (the shared mono mix). */
        EQUAL(0),
        WEARER_6DB(6),
        WEARER_12DB(12);

        final int wearerLouderDb;

        Mix(int wearerLouderDb) {
            this.wearerLouderDb = wearerLouderDb;
        }

        public String label() {
            return this == EQUAL ? "equal" : "+" + wearerLouderDb + " dB";
        }
    }

    private static final Path CACHE = Path.of("target", "badge-renders");

    private BadgeRenders() {
    }

    /** The mono file of {@code call} for {@code mix}, rendering it when not cached. */
    public static Path render(LabeledAudioCall call, Mix mix) {
        if (mix == Mix.EQUAL) {
            return call.monoWav();
        }
        Path out = CACHE.resolve(call.id() + ".wearer" + mix.wearerLouderDb + "db.wav");
        try {
            if (Files.exists(out) && Files.getLastModifiedTime(out).compareTo(Files.getLastModifiedTime(call.stereoWav())) > 0) {
                return out;
            }
            Files.createDirectories(CACHE);
            Path partial = out.resolveSibling(out.getFileName() + ".part.wav");
            run(soxCommand(call.stereoWav(), mix, partial));
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + out, e);
        }
    }

    /**
     * rep: the left channel as is; customer: the right channel low-passed at 3 kHz, with room reverb, quieter by the
     * mix's margin; noise: pink, about -50 dBFS RMS, fixed seed ({@code -R}) so renders repeat exactly.
     */
    private static List<String> soxCommand(Path stereo, Mix mix, Path out) {
        String in = stereo.toAbsolutePath().toString();
        List<String> command = new ArrayList<>(List.of("sox", "-R", "-m"));
        command.addAll(List.of("-v", "1", "|sox \"" + in + "\" -p remix 1"));
        command.addAll(List.of("-v", "1", "|sox \"" + in + "\" -p remix 2 lowpass 3000 reverb 50 50 60 gain -"
                + mix.wearerLouderDb));
        command.addAll(List.of("-v", "1", "|sox -R -n -r 16000 -c 1 -p synth " + String.format(Locale.ROOT, "%.3f",
                durationSeconds(stereo)) + " pinknoise vol 0.005"));
        command.addAll(List.of("-b", "16", out.toString()));
        return command;
    }

    private static double durationSeconds(Path wav) {
        return com.voiceqa.asr.audio.WavReader.read(wav).durationSeconds();
    }

    private static void run(List<String> command) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("sox is not installed or not on PATH; the badge renders need it: sudo apt-get install"
                    + " sox (README.md lists the packages the tests use; .ci/run installs them)", e);
        }
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("sox failed (is sox installed? .ci/run installs it): " + command + "\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while rendering", e);
        }
    }
}
