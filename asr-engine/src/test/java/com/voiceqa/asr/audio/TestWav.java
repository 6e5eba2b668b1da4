package com.voiceqa.asr.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes test WAV files of any layout WavReader claims to read. */
public final class TestWav {

    private TestWav() {
    }

    /** 16-bit PCM from samples in the 16-bit range (clipped). */
    public static Path write16(Path file, PcmAudio audio) throws IOException {
        return write(file, audio, 1, 16, false);
    }

    /**
     * @param encoding   1 = integer PCM, 3 = IEEE float
     * @param extensible write WAVE_FORMAT_EXTENSIBLE with the encoding as sub-format
     */
    public static Path write(Path file, PcmAudio audio, int encoding, int bits, boolean extensible) throws IOException {
        int channels = audio.channels();
        int blockAlign = channels * bits / 8;
        int dataBytes = audio.frames() * blockAlign;
        int fmtBytes = extensible ? 40 : 16;
        ByteBuffer b = ByteBuffer.allocate(12 + 8 + fmtBytes + 8 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(4 + 8 + fmtBytes + 8 + dataBytes).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(fmtBytes).putShort((short) (extensible ? 0xFFFE : encoding))
                .putShort((short) channels).putInt(audio.sampleRate()).putInt(audio.sampleRate() * blockAlign)
                .putShort((short) blockAlign).putShort((short) bits);
        if (extensible) {
            b.putShort((short) 22).putShort((short) bits).putInt(channels == 2 ? 3 : 4)
                    .putShort((short) encoding).put(new byte[] {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA,
                            0, 0x38, (byte) 0x9B, 0x71});
        }
        b.put("data".getBytes()).putInt(dataBytes);
        for (int i = 0; i < audio.frames(); i++) {
            for (int c = 0; c < channels; c++) {
                double v = Math.max(-32768, Math.min(32767, audio.channel(c)[i]));
                if (encoding == 3 && bits == 64) {
                    b.putDouble(v / 32768.0);
                } else if (encoding == 3) {
                    b.putFloat((float) (v / 32768.0));
                } else {
                    switch (bits) {
                        case 8 -> b.put((byte) (((int) v >> 8) + 128));
                        case 16 -> b.putShort((short) Math.round(v));
                        case 24 -> {
                            int s = (int) Math.round(v * 256);
                            b.put((byte) s).put((byte) (s >> 8)).put((byte) (s >> 16));
                        }
                        default -> b.putInt((int) Math.round(v * 65536));
                    }
                }
            }
        }
        Files.write(file, b.array());
        return file;
    }
}
