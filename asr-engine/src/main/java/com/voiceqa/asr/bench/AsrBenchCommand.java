package com.voiceqa.asr.bench;

import com.voiceqa.asr.AsrConfig;
import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.AsrSession;
import com.voiceqa.asr.audio.PcmAudio;
import com.voiceqa.asr.audio.WavReader;
import com.voiceqa.asr.cli.ConsoleProgress;
import com.voiceqa.asr.engine.WarmUpAudio;
import com.voiceqa.asr.model.ModelResolver;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.Transcript;
import com.voiceqa.core.TranscriptListener;
import com.voiceqa.core.cli.CliCommand;
import com.voiceqa.core.cli.UserError;
import org.vosk.Model;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./voiceqa bench-asr}: single-stream real-time factor, VoiceQA's end-to-end decode time against bare
 * Vosk on the same audio, how many live real-time streams keep partial-result latency p95 under 500 ms (streams
 * starting spread out, and all together), and peak memory. Not a test: numbers depend on the machine and its load,
 * which is printed alongside.
 */
public final class AsrBenchCommand implements CliCommand {

    private static final double FILE_SECONDS = 60;

    @Override
    public String name() {
        return "bench-asr";
    }

    @Override
    public String usage() {
        return "bench-asr [--model DIR] [--audio MONO.wav] [--streams 8,16,24,32,40] [--seconds 20] [--spread 10] "
                + "[--rounds 5] [--cost-streams 16,24] [--cost-repeat 1] [--parts speed,cost,live,cold] "
                + "[--warm-audio OTHER.wav]  measure decode speed, overhead over bare "
                + "Vosk, CPU per live stream and live stream capacity";
    }

    public static void main(String[] args) throws Exception {
        try {
            System.exit(new AsrBenchCommand().run(List.of(args), System.out, System.err));
        } catch (UserError e) {
            System.err.println("bench-asr: " + e.getMessage());
            System.exit(2);
        }
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Map<String, String> options = options(args);
        Path modelDir = ModelResolver.fromEnvironment().resolve(
                options.containsKey("model") ? Path.of(options.get("model")) : null,
                ConsoleProgress.bytes(err, "downloading the speech model"));
        Path audioFile = Path.of(options.getOrDefault("audio", "../shared/test-audio/real-en/digits-16k.wav"));
        int[] levels = Arrays.stream(options.getOrDefault("streams", "8,16,24,32,40").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        double seconds = Double.parseDouble(options.getOrDefault("seconds", "20"));
        double spread = Double.parseDouble(options.getOrDefault("spread", "10"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
        int[] costLevels = Arrays.stream(options.getOrDefault("cost-streams", "16,24").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        List<String> parts = List.of(options.getOrDefault("parts", "speed,cost,live").split(","));

        out.printf(Locale.ROOT, "bench-asr: %d cores, load average %s, model %s%n",
                Runtime.getRuntime().availableProcessors(), loadAverage(), modelDir);
        if (parts.contains("cold")) { // before the engine loads: its pool warmer would share the cores
            cold(modelDir, audioFile, options.containsKey("warm-audio") ? Path.of(options.get("warm-audio")) : null,
                    seconds, Integer.parseInt(options.getOrDefault("cost-repeat", "3")), out);
            if (parts.size() == 1) {
                return 0;
            }
        }
        long start = System.nanoTime();
        try (AsrEngine engine = AsrEngine.load(AsrConfig.of(modelDir))) {
            out.printf(Locale.ROOT, "model load %.2f s, RSS %d MB%n", (System.nanoTime() - start) / 1e9,
                    memoryKb("VmRSS") / 1024);
            PcmAudio looped = loop(WavReader.read(audioFile), engine.modelSampleRate(), audioFile);
            Path wav = Files.createTempFile("voiceqa-bench-", ".wav");
            try {
                Pcm16Wav.write(wav, looped);
                if (parts.contains("speed")) {
                    speed(engine, modelDir, wav, rounds, out);
                }
                byte[] pcm = Pcm16Wav.pcm(looped);
                int liveMax = parts.contains("live") ? Arrays.stream(levels).max().orElse(1) : 1;
                warmUp(engine, pcm, looped.sampleRate(), Math.max(liveMax, Arrays.stream(costLevels).max().orElse(1)),
                        out);
                if (parts.contains("cost")) {
                    cost(engine, modelDir, pcm, looped.sampleRate(), costLevels, seconds,
                            Integer.parseInt(options.getOrDefault("cost-repeat", "1")), out);
                }
                resetPeakMemory();
                if (parts.contains("live")) {
                    live(engine, pcm, looped.sampleRate(), levels, seconds, spread, "spread over " + spread + " s",
                            out);
                    live(engine, pcm, looped.sampleRate(), levels, seconds, 0.2, "together (0.2 s)", out);
                }
            } finally {
                Files.deleteIfExists(wav);
            }
            out.printf(Locale.ROOT, "peak RSS during the live runs %d MB; load average at the end %s%n",
                    memoryKb("VmHWM") / 1024, loadAverage());
        }
        return 0;
    }

    private static void speed(AsrEngine engine, Path modelDir, Path wav, int rounds, PrintStream out)
            throws IOException {
        DecodeSpeedBench.Result r;
        try (Model bare = new Model(modelDir.toString())) {
            r = DecodeSpeedBench.run(engine, bare, wav, rounds);
        }
        double audio = r.audioSeconds();
        out.printf(Locale.ROOT, "%.0f s mono file, %d interleaved runs each, seconds median/min (RTF of the median):%n",
                audio, rounds);
        out.printf(Locale.ROOT, "  VoiceQA end to end (WAV read, decode, metrics)  %6.2f / %6.2f  (RTF %.3f)%n",
                r.voiceqa().median(), r.voiceqa().min(), r.voiceqa().median() / audio);
        out.printf(Locale.ROOT, "  bare Vosk, warm recognizer                      %6.2f / %6.2f  (RTF %.3f)%n",
                r.bareWarm().median(), r.bareWarm().min(), r.bareWarm().median() / audio);
        out.printf(Locale.ROOT, "  bare Vosk, new recognizer per file              %6.2f / %6.2f  (RTF %.3f)%n",
                r.bareFresh().median(), r.bareFresh().min(), r.bareFresh().median() / audio);
        out.printf(Locale.ROOT, "VoiceQA / bare Vosk (warm): %.3f by median, %.3f by minimum; "
                        + "VoiceQA / bare Vosk (new recognizer): %.3f by median%n",
                r.voiceqa().median() / r.bareWarm().median(), r.voiceqa().min() / r.bareWarm().min(),
                r.voiceqa().median() / r.bareFresh().median());
        out.printf(Locale.ROOT, "CPU seconds per run (median): VoiceQA %.2f, bare Vosk warm %.2f, ratio %.3f%n",
                r.voiceqaCpu(), r.bareWarmCpu(), r.voiceqaCpu() / r.bareWarmCpu());
    }

    private static void cost(AsrEngine engine, Path modelDir, byte[] pcm, int rate, int[] levels, double seconds,
                             int repeat, PrintStream out) throws Exception {
        out.printf(Locale.ROOT, "CPU core-s per audio-s per stream, streams in lockstep (independent of load), median of "
                + "%d runs; ratio to the file path:%n", repeat);
        try (Model bare = new Model(modelDir.toString())) {
            for (int streams : levels) {
                Map<LiveCostBench.Variant, Double> r = LiveCostBench.run(engine, bare, pcm, rate, streams, seconds,
                        repeat);
                double file = r.get(LiveCostBench.Variant.FILE);
                out.printf(Locale.ROOT, "  %d streams (load %s):%n", streams, loadAverage());
                r.forEach((variant, cost) -> out.printf(Locale.ROOT, "    %-58s %.4f  %.2f%n", variant.label, cost,
                        cost / file));
            }
        }
    }

    private static void cold(Path modelDir, Path audioFile, Path warmFile, double seconds, int repeat, PrintStream out)
            throws IOException {
        ColdStartBench.Result r;
        try (Model bare = new Model(modelDir.toString())) {
            PcmAudio speech = WavReader.read(audioFile);
            // at the rate the recognizers are made for, as the engine reads its warm-up recording
            float[] warmSpeech = warmFile == null ? null : WarmUpAudio.speech(warmFile, speech.sampleRate(),
                    ColdStartBench.Start.SPEECH_15.warmSeconds);
            r = ColdStartBench.run(bare, speech.channel(0), warmSpeech, speech.sampleRate(), seconds, repeat);
        }
        out.printf(Locale.ROOT, "cold start: thread CPU-s per audio-s of %s in %.0f s blocks, median of %d (load %s):%n",
                audioFile.getFileName(), ColdStartBench.BLOCK_SECONDS, repeat, loadAverage());
        for (ColdStartBench.Start start : ColdStartBench.Start.values()) {
            if (start.onSpeech() && warmFile == null) {
                continue;
            }
            StringBuilder row = new StringBuilder();
            for (double cost : r.blocks()[start.ordinal()]) {
                row.append(String.format(Locale.ROOT, " %.3f", cost));
            }
            out.printf(Locale.ROOT, "  %-34s%s%s%n", start.label, row, start.warmedFirst() ? String.format(Locale.ROOT,
                    "   (creating and warming it: %.2f CPU-s)", r.warmCpu()[start.ordinal()]) : "");
        }
        out.printf(Locale.ROOT, "  %d MB resident per recognizer (%d kept)%n", r.bytesEach() >> 20, r.recognizers());
    }

    private static void live(AsrEngine engine, byte[] pcm, int rate, int[] levels, double seconds, double spread,
                             String label, PrintStream out) throws Exception {
        int best = 0;
        for (int streams : levels) {
            LiveStreamsBench.Result r = LiveStreamsBench.run(engine, pcm, rate, streams, seconds, spread, label);
            out.printf(Locale.ROOT, "live %-22s %3d streams: latency p50 %4.0f ms, p95 %5.0f ms, max %5.0f ms; "
                            + "%d chunks, %d backpressured; CPU %.2f cores, %.3f core-s per audio-s; load %s%n", label,
                    streams, r.p50() * 1000, r.p95() * 1000, r.max() * 1000, r.chunks(), r.backpressured(),
                    r.cpuCores(), r.cpuPerSecond(), loadAverage());
            if (!r.sustained()) {
                break;
            }
            best = streams;
        }
        out.printf(Locale.ROOT, "live %s: %d streams sustained with p95 < 500 ms%n", label, best);
    }

    /**
     * Puts the engine in its steady state before the live runs: a running server has warm pooled recognizers
     * (a fresh one spends about 2 CPU-s warming Vosk's graph cache), so {@code streams} sessions (at most the
     * pool's size) first decode 10 s each, as fast as the workers go.
     */
    private static void warmUp(AsrEngine engine, byte[] pcm, int rate, int streams, PrintStream out) throws Exception {
        long start = System.nanoTime();
        int count = Math.min(streams, 32);
        int bytes = Math.min(pcm.length, rate * 2 * 10);
        List<CompletableFuture<Transcript>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            AsrSession session = engine.open(new StreamFormat(rate, ChannelLayout.MONO), TranscriptListener.NONE);
            session.feed(pcm, 0, bytes);
            done.add(session.finish());
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(30, TimeUnit.MINUTES);
        out.printf(Locale.ROOT, "warm-up: %d sessions of 10 s decoded in %.1f s; %d recognizers pooled%n", count,
                (System.nanoTime() - start) / 1e9, engine.liveRecognizers());
    }

    /** The audio's first channel repeated to {@value #FILE_SECONDS} s. */
    private static PcmAudio loop(PcmAudio audio, int modelRate, Path file) {
        if (audio.sampleRate() != modelRate) {
            throw new UserError(file + " is at " + audio.sampleRate() + " Hz; the benchmark compares against bare "
                    + "Vosk without resampling, so give a WAV at the model's " + modelRate + " Hz");
        }
        float[] source = audio.channel(0);
        float[] looped = new float[(int) (FILE_SECONDS * modelRate)];
        for (int i = 0; i < looped.length; i++) {
            looped[i] = source[i % source.length];
        }
        return new PcmAudio(modelRate, new float[][] {looped});
    }

    private static Map<String, String> options(List<String> args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String flag = args.get(i);
            if (!flag.startsWith("--") || i + 1 >= args.size()) {
                throw new UserError("bad argument '" + flag + "'. Usage: bench-asr " + new AsrBenchCommand().usage());
            }
            options.put(flag.substring(2), args.get(i + 1));
        }
        return options;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * A memory field of this process's {@code /proc/self/status} in kB ({@code VmRSS}, {@code VmHWM}), or -1 where it
     * is not reported (not Linux); the benchmarks' one reader of it, {@code benchmarks/RecognizerRss.java} included.
     */
    public static long memoryKb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            // not Linux: memory is not reported
        }
        return -1;
    }

    /** Resets the kernel's peak-RSS mark so the live runs' peak is not the speed runs' (Linux only). */
    private static void resetPeakMemory() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException e) {
            // older kernels or no permission: the peak then includes the speed runs
        }
    }
}
