package com.voiceqa.bus.kafka.audio;

import com.voiceqa.bus.kafka.MalformedRecordException;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.audio.AudioChunk;
import com.voiceqa.core.id.CallId;
import com.voiceqa.core.id.CallKey;
import com.voiceqa.core.id.DeviceId;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The binary form of an audio topic record (big-endian, as {@link DataOutputStream} writes): binary because PCM in
 * JSON would cost a third more and a parse.
 * <pre>
 * byte    version (1)
 * byte    type: 1 chunk, 2 end
 * UTF     device id, UTF call id        (the call's {@link CallKey}; the record key is its product id)
 * chunk:  long sequence
 *         byte 1 when the format follows (chunk 0), else 0
 *         [int sample rate, byte channels, UTF role per channel]
 *         int PCM length, PCM bytes     (16-bit little-endian, interleaved, at most {@link AudioChunk#MAX_PCM_BYTES})
 * end:    long number of chunks
 * </pre>
 * Decoding checks every field through the core types' own rules (ids, format, chunk) and rejects trailing bytes.
 */
public final class AudioRecordCodec {

    private static final int VERSION = 1;
    private static final int CHUNK = 1;
    private static final int END = 2;
    /** Header room besides the PCM: ids (2 x 64), roles, numbers. */
    private static final int MAX_HEADER_BYTES = 1024;

    private AudioRecordCodec() {
    }

    public static byte[] encode(AudioRecord record) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(record instanceof AudioRecord.Chunk c
                ? c.chunk().pcm().length + 64 : 64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeByte(record instanceof AudioRecord.Chunk ? CHUNK : END);
            out.writeUTF(record.call().device().value());
            out.writeUTF(record.call().call().value());
            switch (record) {
                case AudioRecord.Chunk(AudioChunk chunk) -> writeChunk(out, chunk);
                case AudioRecord.End end -> out.writeLong(end.chunks());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private static void writeChunk(DataOutputStream out, AudioChunk chunk) throws IOException {
        out.writeLong(chunk.sequence());
        out.writeBoolean(chunk.format().isPresent());
        if (chunk.format().isPresent()) {
            StreamFormat format = chunk.format().get();
            out.writeInt(format.sampleRate());
            out.writeByte(format.channels());
            for (String role : format.layout().roles()) {
                out.writeUTF(role);
            }
        }
        out.writeInt(chunk.pcm().length);
        out.write(chunk.pcm());
    }

    /** @throws MalformedRecordException when {@code value} is not an audio record this version wrote */
    public static AudioRecord decode(byte[] value) {
        MalformedRecordException.requireAtMost(value, AudioChunk.MAX_PCM_BYTES + MAX_HEADER_BYTES, "an audio record");
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(value))) {
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new MalformedRecordException("audio record version " + version + " is not " + VERSION
                        + ": upgrade this reader or check who writes the audio topic");
            }
            int type = in.readUnsignedByte();
            CallKey call = new CallKey(new DeviceId(in.readUTF()), new CallId(in.readUTF()));
            AudioRecord record = switch (type) {
                case CHUNK -> new AudioRecord.Chunk(readChunk(in, call));
                case END -> new AudioRecord.End(call, in.readLong());
                default -> throw new MalformedRecordException("unknown audio record type " + type);
            };
            if (in.available() > 0) {
                throw new MalformedRecordException("audio record has " + in.available() + " bytes after its end");
            }
            return record;
        } catch (IOException e) {
            throw new MalformedRecordException("audio record is cut short: " + e, e);
        } catch (IllegalArgumentException e) { // an id, format or chunk its own type refuses
            throw new MalformedRecordException("audio record is invalid: " + e.getMessage(), e);
        }
    }

    private static AudioChunk readChunk(DataInputStream in, CallKey call) throws IOException {
        long sequence = in.readLong();
        Optional<StreamFormat> format = Optional.empty();
        if (in.readBoolean()) {
            int rate = in.readInt();
            int channels = in.readUnsignedByte();
            if (channels < 1 || channels > 2) {
                throw new MalformedRecordException("audio record has " + channels + " channels: 1 or 2 are possible");
            }
            List<String> roles = new ArrayList<>(channels);
            for (int c = 0; c < channels; c++) {
                roles.add(in.readUTF());
            }
            format = Optional.of(new StreamFormat(rate, new ChannelLayout(roles)));
        }
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new MalformedRecordException("audio record announces " + length + " PCM bytes but holds "
                    + in.available());
        }
        return new AudioChunk(call, sequence, format, in.readNBytes(length));
    }
}
