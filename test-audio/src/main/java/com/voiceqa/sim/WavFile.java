package com.voiceqa.sim;

import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.cli.UserError;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** A 16-bit PCM WAV file's raw sample bytes, as a device would stream them. */
public record WavFile(Path path, StreamFormat format, byte[] pcm) {

    public static WavFile read(Path path) throws IOException {
        ByteBuffer file = ByteBuffer.wrap(Files.readAllBytes(path)).order(ByteOrder.LITTLE_ENDIAN);
        if (file.remaining() < 12 || !tag(file, 0).equals("RIFF") || !tag(file, 8).equals("WAVE")) {
            throw new UserError(path + " is not a WAV file");
        }
        int channels = 0;
        int rate = 0;
        int bits = 0;
        file.position(12);
        while (file.remaining() >= 8) {
            String id = tag(file, file.position());
            file.position(file.position() + 4);
            int size = file.getInt();
            int body = file.position();
            if (id.equals("fmt ") && size >= 16) {
                int encoding = file.getShort(body) & 0xFFFF;
                channels = file.getShort(body + 2);
                rate = file.getInt(body + 4);
                bits = file.getShort(body + 14);
                if ((encoding != 1 && encoding != 0xFFFE) || bits != 16) {
                    throw new UserError(path + " is not 16-bit PCM; convert it, e.g. sox in.wav -b 16 -e signed out.wav");
                }
            } else if (id.equals("data")) {
                if (channels == 0) {
                    throw new UserError(path + " has its data before its format chunk");
                }
                int length = Math.min(size, file.remaining());
                byte[] pcm = Arrays.copyOfRange(file.array(), body, body + length - length % (2 * channels));
                return new WavFile(path, new StreamFormat(rate, ChannelLayout.forChannels(channels)), pcm);
            }
            file.position(Math.min(file.limit(), body + size + (size & 1)));
        }
        throw new UserError(path + " has no audio data chunk");
    }

    private static String tag(ByteBuffer file, int at) {
        byte[] b = new byte[4];
        file.get(at, b);
        return new String(b, StandardCharsets.US_ASCII);
    }

    /** The same audio played {@code times} times in a row (a longer call from a short recording). */
    public WavFile repeated(int times) {
        byte[] longer = new byte[pcm.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(pcm, 0, longer, i * pcm.length, pcm.length);
        }
        return new WavFile(path, format, longer);
    }

    public double seconds() {
        return pcm.length / (double) (format.sampleRate() * format.frameBytes());
    }

    /** Bytes of audio per chunk of {@code millis}. */
    public int chunkBytes(int millis) {
        return Math.max(1, format.sampleRate() * millis / 1000) * format.frameBytes();
    }
}
