package com.voiceqa.asr.engine;

import com.voiceqa.asr.AsrConfig;
import com.voiceqa.asr.AsrEngine;
import com.voiceqa.asr.ProgressListener;
import com.voiceqa.asr.TestResources;
import com.voiceqa.asr.WordAccuracy;
import com.voiceqa.asr.audio.PcmAudio;
import com.voiceqa.asr.audio.WavReader;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.Transcript;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.voiceqa.asr.TranscriptAssertions.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 H3: a 32-bit float WAV with NaN or infinite samples used to abort the JVM inside Kaldi
 * ({@code KALDI_ISNAN}). Through the real engine and model, such files now decode like silence where the samples were
 * bad; if the guard regressed, this test's JVM would die rather than fail politely.
 */
class HostileSamplesTest {

    private static AsrEngine engine;

    @TempDir
    static Path dir;

    @BeforeAll
    static void load() {
        engine = AsrEngine.load(AsrConfig.of(TestResources.testModel()));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @Test
    void aFloatWavFullOfNanAndInfinityDecodesToNothing() throws Exception {
        float[] samples = new float[3 * 16000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = switch (i % 4) {
                case 0 -> Float.NaN;
                case 1 -> Float.POSITIVE_INFINITY;
                case 2 -> Float.NEGATIVE_INFINITY;
                default -> 1e30f;
            };
        }
        Path wav = floatWav(dir.resolve("nan.wav"), 16000, samples);

        Transcript transcript = engine.transcribe(wav, ChannelLayout.MONO, ProgressListener.NONE);

        assertEquals("", text(transcript), "nothing but silence and clipping to recognize");
        assertEquals(3.0, transcript.metrics().durationSeconds(), 0.01);
    }

    @Test
    void speechWithBadSamplesSprinkledInIsStillRecognized() throws Exception {
        PcmAudio digits = WavReader.read(TestResources.realEnglish("digits-16k.wav"));
        float[] samples = new float[digits.frames()];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = i % 997 == 0 ? Float.NaN : i % 1999 == 0 ? Float.POSITIVE_INFINITY : digits.channel(0)[i] / 32768f;
        }
        Path wav = floatWav(dir.resolve("digits-nan.wav"), digits.sampleRate(), samples);

        Transcript fromFile = engine.transcribe(wav, ChannelLayout.MONO, ProgressListener.NONE);
        Transcript fromUpload = engine.transcribe(WavReader.read(wav), "upload", ChannelLayout.MONO,
                ProgressListener.NONE);

        String digitsSpoken = "one zero zero zero one nine oh two one oh zero one eight zero three";
        assertTrue(WordAccuracy.of(digitsSpoken, text(fromFile)) >= 0.5, text(fromFile));
        assertEquals(text(fromFile), text(fromUpload), "files and uploads share the one guarded path");
    }

    /** A mono IEEE-float WAV (format 3, 32 bits) holding exactly these samples, NaN and infinity included. */
    private static Path floatWav(Path file, int rate, float[] samples) throws Exception {
        int data = samples.length * 4;
        ByteBuffer b = ByteBuffer.allocate(44 + data).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + data).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 3).putShort((short) 1).putInt(rate).putInt(rate * 4)
                .putShort((short) 4).putShort((short) 32);
        b.put("data".getBytes()).putInt(data);
        for (float s : samples) {
            b.putFloat(s);
        }
        return Files.write(file, b.array());
    }
}
