package com.voiceqa.asr.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads RIFF/WAVE files: integer PCM of 8, 16, 24 or 32 bits, IEEE float of 32 or 64 bits, plain or
 * WAVE_FORMAT_EXTENSIBLE, any sample rate, one or two channels. Everything else, and every damaged file, is an
 * {@link AudioFormatException} that names the problem.
 *
 * <p>Not done with javax.sound or TarsosDSP's readers: neither reads WAVE_FORMAT_EXTENSIBLE or 24/32-bit files
 * reliably, and both report damage as generic exceptions.
 */
public final class WavReader {

    private static final int FORMAT_PCM = 1;
    private static final int FORMAT_FLOAT = 3;
    private static final int FORMAT_EXTENSIBLE = 0xFFFE;
    /** A data size streaming writers put in the header before they know the length. */
    private static final long UNKNOWN_SIZE = 0xFFFFFFFFL;
    private static final int BLOCK_BYTES = 1 << 16;

    private WavReader() {
    }

    public static PcmAudio read(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return read(channel, file);
        } catch (NoSuchFileException e) {
            throw new AudioFormatException(file + ": no such file; check the path");
        } catch (IOException e) {
            throw new AudioFormatException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static PcmAudio read(FileChannel channel, Path file) throws IOException {
        long size = channel.size();
        if (size == 0) {
            throw new AudioFormatException(file + ": the file is empty (0 bytes); expected a WAV recording");
        }
        ByteBuffer header = readFully(channel, 12);
        if (header.remaining() < 12 || !tag(header, 0).equals("RIFF") || !tag(header, 8).equals("WAVE")) {
            throw new AudioFormatException(file + ": not a WAV file (no RIFF/WAVE header); convert it to WAV, "
                    + "e.g. sox INPUT -b 16 OUTPUT.wav");
        }
        WavFormat format = null;
        while (true) {
            ByteBuffer chunkHeader = readFully(channel, 8);
            if (chunkHeader.remaining() < 8) {
                throw new AudioFormatException(file + (format == null
                        ? ": corrupt WAV: no 'fmt ' chunk" : ": corrupt or truncated WAV: no 'data' chunk"));
            }
            String id = tag(chunkHeader, 0);
            long chunkSize = Integer.toUnsignedLong(chunkHeader.getInt(4));
            if (id.equals("fmt ")) {
                if (chunkSize < 16 || chunkSize > 1024) {
                    throw new AudioFormatException(file + ": corrupt WAV: 'fmt ' chunk of " + chunkSize + " bytes");
                }
                format = WavFormat.parse(readFully(channel, (int) chunkSize), file);
                skipPadding(channel, chunkSize);
            } else if (id.equals("data")) {
                if (format == null) {
                    throw new AudioFormatException(file + ": corrupt WAV: 'data' comes before 'fmt '");
                }
                long available = size - channel.position();
                long dataBytes = chunkSize == UNKNOWN_SIZE || chunkSize == 0 ? available : chunkSize;
                if (dataBytes > available) {
                    throw new AudioFormatException(file + ": truncated WAV: the header announces " + chunkSize
                            + " bytes of audio but only " + available + " are present; copy or export the file again");
                }
                return decode(channel, format, dataBytes, file);
            } else {
                long next = channel.position() + chunkSize + (chunkSize & 1);
                if (next > size) {
                    throw new AudioFormatException(file + ": truncated WAV: chunk '" + printable(id)
                            + "' runs past the end of the file and no audio was found");
                }
                channel.position(next);
            }
        }
    }

    private static PcmAudio decode(FileChannel channel, WavFormat format, long dataBytes, Path file)
            throws IOException {
        long frames = dataBytes / format.blockAlign();
        if (frames == 0) {
            throw new AudioFormatException(file + ": the WAV file contains no audio samples");
        }
        if (frames > Integer.MAX_VALUE) {
            throw new AudioFormatException(file + ": too long (" + frames + " frames); split it into parts");
        }
        float[][] samples = new float[format.channels()][(int) frames];
        SampleDecoder decoder = SampleDecoder.forFormat(format);
        int framesPerBlock = Math.max(1, BLOCK_BYTES / format.blockAlign());
        ByteBuffer block = ByteBuffer.allocate(framesPerBlock * format.blockAlign()).order(ByteOrder.LITTLE_ENDIAN);
        int frame = 0;
        while (frame < frames) {
            int want = (int) Math.min(framesPerBlock, frames - frame);
            block.clear().limit(want * format.blockAlign());
            while (block.hasRemaining()) {
                if (channel.read(block) < 0) {
                    throw new AudioFormatException(file + ": truncated WAV: the audio ends early");
                }
            }
            block.flip();
            for (int i = 0; i < want; i++, frame++) {
                int base = i * format.blockAlign();
                for (int c = 0; c < format.channels(); c++) {
                    samples[c][frame] = decoder.sample(block, base + c * format.bytesPerSample());
                }
            }
        }
        return new PcmAudio(format.sampleRate(), samples);
    }

    private static ByteBuffer readFully(FileChannel channel, int bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // keep reading: a FileChannel may return fewer bytes than asked
        }
        return buffer.flip();
    }

    private static void skipPadding(FileChannel channel, long chunkSize) throws IOException {
        if ((chunkSize & 1) == 1) {
            channel.position(channel.position() + 1);
        }
    }

    private static String tag(ByteBuffer buffer, int at) {
        char[] chars = new char[4];
        for (int i = 0; i < 4; i++) {
            chars[i] = (char) (buffer.get(at + i) & 0xFF);
        }
        return new String(chars);
    }

    private static String printable(String id) {
        return id.replaceAll("[^\\x20-\\x7E]", "?");
    }

    /** The fields of a 'fmt ' chunk that matter for decoding. */
    record WavFormat(int encoding, int channels, int sampleRate, int blockAlign, int bitsPerSample) {

        int bytesPerSample() {
            return blockAlign / channels;
        }

        static WavFormat parse(ByteBuffer fmt, Path file) {
            if (fmt.remaining() < 16) {
                throw new AudioFormatException(file + ": truncated WAV: 'fmt ' chunk cut short");
            }
            int tag = Short.toUnsignedInt(fmt.getShort(0));
            int channels = Short.toUnsignedInt(fmt.getShort(2));
            int sampleRate = fmt.getInt(4);
            int blockAlign = Short.toUnsignedInt(fmt.getShort(12));
            int bits = Short.toUnsignedInt(fmt.getShort(14));
            int encoding = tag;
            if (tag == FORMAT_EXTENSIBLE) {
                if (fmt.remaining() < 26) {
                    throw new AudioFormatException(file + ": corrupt WAV: WAVE_FORMAT_EXTENSIBLE without a sub-format");
                }
                encoding = Short.toUnsignedInt(fmt.getShort(24)); // first two bytes of the sub-format GUID
            }
            if (encoding != FORMAT_PCM && encoding != FORMAT_FLOAT) {
                throw new AudioFormatException(file + ": unsupported WAV encoding 0x" + Integer.toHexString(encoding)
                        + " (compressed audio); convert it to PCM, e.g. sox INPUT -e signed -b 16 OUTPUT.wav");
            }
            if (channels < 1 || channels > 2) {
                throw new AudioFormatException(file + ": " + channels + " channels; VoiceQA reads mono or stereo "
                        + "(left = rep, right = customer); mix down with sox INPUT -c 2 OUTPUT.wav");
            }
            if (sampleRate < 1000 || sampleRate > 384_000) {
                throw new AudioFormatException(file + ": corrupt WAV: sample rate " + sampleRate + " Hz");
            }
            boolean supported = encoding == FORMAT_PCM ? bits == 8 || bits == 16 || bits == 24 || bits == 32
                    : bits == 32 || bits == 64;
            if (!supported) {
                throw new AudioFormatException(file + ": unsupported sample size of " + bits + " bits for "
                        + (encoding == FORMAT_PCM ? "integer PCM" : "float") + "; convert with sox INPUT -b 16 OUTPUT.wav");
            }
            if (blockAlign != channels * (bits / 8)) {
                throw new AudioFormatException(file + ": corrupt WAV: block size " + blockAlign + " does not match "
                        + channels + " channels of " + bits + " bits");
            }
            return new WavFormat(encoding, channels, sampleRate, blockAlign, bits);
        }
    }

    /** Converts one stored sample to the 16-bit range. */
    @FunctionalInterface
    private interface SampleDecoder {
        float sample(ByteBuffer buffer, int at);

        static SampleDecoder forFormat(WavFormat format) {
            if (format.encoding() == FORMAT_FLOAT) {
                return format.bitsPerSample() == 32
                        ? (b, at) -> b.getFloat(at) * 32768f
                        : (b, at) -> (float) (b.getDouble(at) * 32768.0);
            }
            return switch (format.bitsPerSample()) {
                case 8 -> (b, at) -> ((b.get(at) & 0xFF) - 128) * 256f;
                case 16 -> ByteBuffer::getShort;
                case 24 -> (b, at) -> ((b.get(at) & 0xFF) | (b.get(at + 1) & 0xFF) << 8 | b.get(at + 2) << 16) / 256f;
                default -> (b, at) -> b.getInt(at) / 65536f;
            };
        }
    }
}
