package com.voiceqa.asr.bench;

import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.ProgressListener;
import com.voiceqa.asr.audio.PcmAudio;
import com.voiceqa.asr.audio.WavReader;
import com.voiceqa.core.ChannelLayout;
import org.vosk.Model;
import org.vosk.Recognizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Whole-file decode time of VoiceQA's pipeline (WAV read, decode, metrics) against bare Vosk calls on the same
 * file, alternating in one run so machine load hits both alike. Bare Vosk reads the file's bytes and feeds them
 * in 0.5 s chunks, once with a new recognizer per run (how a bare caller uses it) and once with one kept warm
 * (how VoiceQA's pool uses it, the stricter comparison).
 */
final class DecodeSpeedBench {

    /** Seconds per run, median and minimum (the minimum is the least disturbed by other load on the machine). */
    record Timing(double median, double min) {
        static Timing of(double[] runs) {
            double[] sorted = runs.clone();
            Arrays.sort(sorted);
            return new Timing(sorted[sorted.length / 2], sorted[0]);
        }
    }

    /** Wall-clock timings, and process CPU seconds per run (median): CPU time barely moves with machine load. */
    record Result(double audioSeconds, Timing voiceqa, Timing bareFresh, Timing bareWarm, double voiceqaCpu,
                  double bareWarmCpu) {
    }

    private DecodeSpeedBench() {
    }

    /** {@code rounds} runs of each, interleaved; the WAV must be mono at the model's rate. */
    static Result run(AsrEngine engine, Model bareModel, Path wav, int rounds) throws IOException {
        double audioSeconds = WavReader.read(wav).durationSeconds();
        double[] voiceqa = new double[rounds];
        double[] fresh = new double[rounds];
        double[] warm = new double[rounds];
        double[] voiceqaCpu = new double[rounds];
        double[] warmCpu = new double[rounds];
        try (Recognizer kept = newRecognizer(bareModel, engine.modelSampleRate())) {
            timeVoiceqa(engine, wav); // warm-up: JIT, page cache, pooled recognizer
            bare(kept, wav);
            for (int i = 0; i < rounds; i++) {
                long cpu = CpuTime.processNanos();
                voiceqa[i] = timeVoiceqa(engine, wav);
                voiceqaCpu[i] = (CpuTime.processNanos() - cpu) / 1e9;
                long start = System.nanoTime();
                try (Recognizer recognizer = newRecognizer(bareModel, engine.modelSampleRate())) {
                    bare(recognizer, wav);
                }
                fresh[i] = (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                cpu = CpuTime.processNanos();
                bare(kept, wav);
                warm[i] = (System.nanoTime() - start) / 1e9;
                warmCpu[i] = (CpuTime.processNanos() - cpu) / 1e9;
            }
        }
        return new Result(audioSeconds, Timing.of(voiceqa), Timing.of(fresh), Timing.of(warm),
                Timing.of(voiceqaCpu).median(), Timing.of(warmCpu).median());
    }

    private static double timeVoiceqa(AsrEngine engine, Path wav) {
        long start = System.nanoTime();
        PcmAudio audio = WavReader.read(wav);
        engine.transcribe(audio, wav.toString(), ChannelLayout.MONO, ProgressListener.NONE);
        return (System.nanoTime() - start) / 1e9;
    }

    /** The bare Vosk loop: bytes straight from the file, results taken at endpoints and at the end. */
    private static void bare(Recognizer recognizer, Path wav) throws IOException {
        byte[] bytes = Files.readAllBytes(wav);
        int chunk = 16000;
        for (int at = 44; at < bytes.length; at += chunk) {
            byte[] piece = Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + chunk));
            if (recognizer.acceptWaveForm(piece, piece.length)) {
                recognizer.getResult();
            }
        }
        recognizer.getFinalResult();
    }

    private static Recognizer newRecognizer(Model model, int rate) throws IOException {
        Recognizer recognizer = new Recognizer(model, rate);
        recognizer.setWords(true);
        return recognizer;
    }
}
