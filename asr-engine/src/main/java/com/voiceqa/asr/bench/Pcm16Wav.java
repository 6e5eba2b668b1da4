package com.voiceqa.asr.bench;

import com.voiceqa.asr.audio.PcmAudio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Mono 16-bit PCM bytes and WAV files for the benchmark's inputs. */
final class Pcm16Wav {

    private Pcm16Wav() {
    }

    static byte[] pcm(PcmAudio mono) {
        float[] samples = mono.channel(0);
        ByteBuffer bytes = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (float s : samples) {
            bytes.putShort((short) Math.max(-32768, Math.min(32767, Math.round(s))));
        }
        return bytes.array();
    }

    static void write(Path file, PcmAudio mono) throws IOException {
        byte[] data = pcm(mono);
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes()).putInt(36 + data.length).put("WAVE".getBytes())
                .put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(mono.sampleRate()).putInt(mono.sampleRate() * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes()).putInt(data.length);
        byte[] file0 = new byte[44 + data.length];
        System.arraycopy(header.array(), 0, file0, 0, 44);
        System.arraycopy(data, 0, file0, 44, data.length);
        Files.write(file, file0);
    }
}
