package com.voiceqa.asr.audio;

import com.voiceqa.asr.SpeechFixtures;
import com.voiceqa.core.cli.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WavReaderTest {

    @TempDir
    Path dir;

    private static PcmAudio sine(int rate, int channels) {
        float[][] samples = new float[channels][rate / 10];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < samples[c].length; i++) {
                samples[c][i] = (float) (12000 * Math.sin(2 * Math.PI * (440 + 220 * c) * i / rate));
            }
        }
        return new PcmAudio(rate, samples);
    }

    @ParameterizedTest(name = "encoding {0}, {1} bit, extensible {2}, {3} Hz, {4} channel(s)")
    @CsvSource({
            "1, 8, false, 8000, 1", "1, 16, false, 16000, 1", "1, 16, false, 44100, 2", "1, 24, false, 48000, 2",
            "1, 32, false, 22050, 1", "3, 32, false, 16000, 2", "3, 64, false, 11025, 1", "1, 16, true, 16000, 2",
            "1, 24, true, 96000, 1", "3, 32, true, 32000, 2"})
    void readsEveryCommonLayout(int encoding, int bits, boolean extensible, int rate, int channels) throws IOException {
        PcmAudio original = sine(rate, channels);
        PcmAudio read = WavReader.read(TestWav.write(dir.resolve("a.wav"), original, encoding, bits, extensible));
        assertEquals(rate, read.sampleRate());
        assertEquals(channels, read.channels());
        assertEquals(original.frames(), read.frames());
        double tolerance = bits == 8 ? 260 : 1.01;
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < original.frames(); i++) {
                assertEquals(original.channel(c)[i], read.channel(c)[i], tolerance, "sample " + i);
            }
        }
    }

    @Test
    void readsFilesWrittenBySox() throws Exception {
        Path f24 = dir.resolve("sox24.wav");
        SpeechFixtures.run("sox", "-n", "-r", "44100", "-c", "2", "-b", "24", f24.toString(), "synth", "0.5", "sine", "440");
        PcmAudio audio = WavReader.read(f24);
        assertEquals(44100, audio.sampleRate());
        assertEquals(2, audio.channels());
        assertEquals(22050, audio.frames());
        Path fFloat = dir.resolve("soxfloat.wav");
        SpeechFixtures.run("sox", "-n", "-r", "8000", "-c", "1", "-e", "floating-point", "-b", "32", fFloat.toString(),
                "synth", "0.25", "sine", "300", "vol", "0.5");
        PcmAudio floats = WavReader.read(fFloat);
        float peak = 0;
        for (float s : floats.channel(0)) {
            peak = Math.max(peak, Math.abs(s));
        }
        assertEquals(16384, peak, 200, "float samples scaled to the 16-bit range");
    }

    @Test
    void skipsUnknownChunksAndAcceptsStreamingSizes() throws IOException {
        byte[] wav = Files.readAllBytes(TestWav.write16(dir.resolve("plain.wav"), sine(16000, 1)));
        ByteBuffer list = ByteBuffer.allocate(8 + 5 + 1).order(ByteOrder.LITTLE_ENDIAN);
        list.put("LIST".getBytes()).putInt(5).put("hello".getBytes()).put((byte) 0);
        byte[] withList = concat(Arrays.copyOf(wav, 36), list.array(), Arrays.copyOfRange(wav, 36, wav.length));
        assertEquals(1600, WavReader.read(write("list.wav", withList)).frames());

        byte[] unknownSize = wav.clone();
        ByteBuffer.wrap(unknownSize).order(ByteOrder.LITTLE_ENDIAN).putInt(40, -1);
        assertEquals(1600, WavReader.read(write("streamed.wav", unknownSize)).frames());
    }

    @Test
    void badFilesGiveClearErrors() throws IOException {
        byte[] wav = Files.readAllBytes(TestWav.write16(dir.resolve("ok.wav"), sine(16000, 2)));
        assertError(write("empty.wav", new byte[0]), "the file is empty");
        assertError(write("notes.wav", "these are meeting notes, not audio".getBytes()), "not a WAV file");
        assertError(write("id3.wav", concat("ID3\u0004".getBytes(), new byte[400])), "not a WAV file");
        assertError(write("truncated.wav", Arrays.copyOf(wav, wav.length / 2)), "truncated WAV");
        assertError(write("header-only.wav", Arrays.copyOf(wav, 30)), "'fmt ' chunk");
        assertError(write("no-data.wav", Arrays.copyOf(wav, 36)), "no 'data' chunk");
        assertError(dir.resolve("missing.wav"), "no such file");

        byte[] silentHeader = Arrays.copyOf(wav, 44);
        ByteBuffer.wrap(silentHeader).order(ByteOrder.LITTLE_ENDIAN).putInt(40, 0);
        assertError(write("no-samples.wav", silentHeader), "contains no audio");

        byte[] mp3 = wav.clone();
        ByteBuffer.wrap(mp3).order(ByteOrder.LITTLE_ENDIAN).putShort(20, (short) 0x55);
        assertError(write("mp3.wav", mp3), "unsupported WAV encoding 0x55");

        byte[] sixChannels = wav.clone();
        ByteBuffer.wrap(sixChannels).order(ByteOrder.LITTLE_ENDIAN).putShort(22, (short) 6);
        assertError(write("surround.wav", sixChannels), "6 channels");

        byte[] badBlock = wav.clone();
        ByteBuffer.wrap(badBlock).order(ByteOrder.LITTLE_ENDIAN).putShort(32, (short) 7);
        assertError(write("block.wav", badBlock), "corrupt WAV: block size");

        byte[] zeroRate = wav.clone();
        ByteBuffer.wrap(zeroRate).order(ByteOrder.LITTLE_ENDIAN).putInt(24, 0);
        assertError(write("rate.wav", zeroRate), "sample rate 0 Hz");
    }

    private static void assertError(Path file, String expected) {
        AudioFormatException e = assertThrows(AudioFormatException.class, () -> WavReader.read(file));
        assertInstanceOf(UserError.class, e);
        assertTrue(e.getMessage().contains(expected), "message for " + file.getFileName() + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(file.getFileName().toString()), "names the file: " + e.getMessage());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
