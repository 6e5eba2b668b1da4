package com.voiceqa.asr;

import com.voiceqa.asr.audio.PcmAudio;
import com.voiceqa.asr.audio.TestWav;
import com.voiceqa.asr.audio.WavReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * English speech synthesized in the test run with espeak-ng, converted with sox (16 kHz mono 16-bit, leading and
 * trailing silence trimmed so that the clip starts and ends on speech), and helpers to lay clips out on channels.
 */
public final class SpeechFixtures {

    public static final String SENTENCE_A = "the quick brown fox jumps over the lazy dog";
    public static final String SENTENCE_B = "please send me the price list for next year";
    public static final String SENTENCE_C = "we will call you back on monday morning";

    private SpeechFixtures() {
    }

    /** A trimmed 16 kHz clip of {@code text} (cached per text in {@code dir}). */
    public static PcmAudio speak(Path dir, String text, String voice) throws IOException, InterruptedException {
        Path raw = dir.resolve(Integer.toHexString((text + voice).hashCode()) + "-raw.wav");
        Path clip = dir.resolve(Integer.toHexString((text + voice).hashCode()) + ".wav");
        if (!Files.exists(clip)) {
            run("espeak-ng", "-v", voice, "-s", "150", "-w", raw.toString(), text);
            run("sox", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", clip.toString(),
                    "silence", "1", "0.02", "-45d", "reverse", "silence", "1", "0.02", "-45d", "reverse");
        }
        return WavReader.read(clip);
    }

    /** Converts a WAV's rate with sox (the tests' independent reference resampler). */
    public static Path resample(Path in, Path out, int rate) throws IOException, InterruptedException {
        run("sox", in.toString(), "-r", Integer.toString(rate), out.toString());
        return out;
    }

    public static void run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException(command[0] + " is not installed: the tests need espeak-ng and sox "
                    + "(apt-get install espeak-ng sox; .ci/run installs them)", e);
        }
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + new String(output));
        }
    }

    /** A silent (low white noise, about -60 dBFS) multi-channel canvas of {@code seconds}. */
    public static float[][] canvas(int channels, double seconds, int rate) {
        Random random = new Random(42);
        float[][] audio = new float[channels][(int) Math.round(seconds * rate)];
        for (float[] channel : audio) {
            for (int i = 0; i < channel.length; i++) {
                channel[i] = (float) (random.nextGaussian() * 33);
            }
        }
        return audio;
    }

    /** Mixes {@code clip} into {@code channel} starting at {@code at} seconds. */
    public static void place(float[][] canvas, int channel, PcmAudio clip, double at) {
        int start = (int) Math.round(at * clip.sampleRate());
        float[] source = clip.channel(0);
        for (int i = 0; i < source.length && start + i < canvas[channel].length; i++) {
            canvas[channel][start + i] += source[i];
        }
    }

    public static Path writeWav(Path file, int rate, float[][] canvas) throws IOException {
        return TestWav.write16(file, new PcmAudio(rate, canvas));
    }

    /** The interleaved 16-bit little-endian bytes of a WAV's samples (what a device streams). */
    public static byte[] pcm16(PcmAudio audio) {
        byte[] pcm = new byte[audio.frames() * audio.channels() * 2];
        int at = 0;
        for (int i = 0; i < audio.frames(); i++) {
            for (int c = 0; c < audio.channels(); c++) {
                int s = Math.round(Math.max(-32768, Math.min(32767, audio.channel(c)[i])));
                pcm[at++] = (byte) s;
                pcm[at++] = (byte) (s >> 8);
            }
        }
        return pcm;
    }

    public static byte[] slice(byte[] pcm, int from, int to) {
        return Arrays.copyOfRange(pcm, from, to);
    }
}
