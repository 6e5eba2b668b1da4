package com.voiceqa.badge;

import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.StreamFormat;

import java.time.Instant;
import java.util.HexFormat;

/** The payloads of the handshake and call frames, encoded as docs/device-protocol.md specifies. */
public final class Payloads {

    /** CALL_START codec: 16-bit signed little-endian PCM, interleaved. The only codec of protocol version 1. */
    public static final int CODEC_PCM_S16LE = 1;
    /** CALL_START flag: the device recorded offline and uploads from storage, faster than real time. */
    public static final int FLAG_STORE_AND_FORWARD = 1;

    private Payloads() {
    }

    /** HELLO: the device id as str8. */
    public static byte[] hello(String deviceId) {
        return new PayloadWriter().str8(deviceId).toByteArray();
    }

    public static String parseHello(byte[] payload) {
        return new PayloadReader(FrameType.HELLO, payload).str8();
    }

    /** WELCOME: what the server allows, so the device can size its frames and heartbeats. */
    public record Welcome(long maxPayload, long heartbeatMillis, int maxCallsPerDevice) {
        public byte[] encode() {
            return new PayloadWriter().u32(maxPayload).u32(heartbeatMillis).u16(maxCallsPerDevice).toByteArray();
        }

        public static Welcome parse(byte[] payload) {
            PayloadReader r = new PayloadReader(FrameType.WELCOME, payload);
            return new Welcome(r.u32(), r.u32(), r.u16());
        }
    }

    /**
     * CALL_START: codec u8, channels u8, sample rate u32, recorded-at u64 (ms since the epoch, UTC), flags u8, rep id
     * str8, account id str8, channel roles str8 (comma separated, left first; empty for the default).
     */
    public record CallStart(StreamFormat format, Instant recordedAt, boolean storeAndForward, String repId,
                            String accountId) {

        public byte[] encode() {
            return new PayloadWriter()
                    .u8(CODEC_PCM_S16LE)
                    .u8(format.channels())
                    .u32(format.sampleRate())
                    .u64(recordedAt.toEpochMilli())
                    .u8(storeAndForward ? FLAG_STORE_AND_FORWARD : 0)
                    .str8(repId)
                    .str8(accountId)
                    .str8(String.join(",", format.layout().roles()))
                    .toByteArray();
        }

        public static CallStart parse(byte[] payload) {
            PayloadReader r = new PayloadReader(FrameType.CALL_START, payload);
            int codec = r.u8();
            int channels = r.u8();
            long rate = r.u32();
            long recordedAt = r.u64();
            int flags = r.u8();
            String repId = r.str8();
            String accountId = r.str8();
            String roles = r.str8();
            if (codec != CODEC_PCM_S16LE) {
                throw new ProtocolException(ErrorCode.UNSUPPORTED_FORMAT,
                        "codec " + codec + " is not supported; send 16-bit PCM (codec 1)");
            }
            try {
                ChannelLayout layout = roles.isEmpty() ? ChannelLayout.forChannels(channels) : ChannelLayout.parse(roles);
                if (layout.channels() != channels) {
                    throw new IllegalArgumentException("roles '" + roles + "' name " + layout.channels()
                            + " channels but the call has " + channels);
                }
                StreamFormat format = new StreamFormat((int) Math.min(rate, Integer.MAX_VALUE), layout);
                return new CallStart(format, Instant.ofEpochMilli(recordedAt),
                        (flags & FLAG_STORE_AND_FORWARD) != 0, repId, accountId);
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                throw new ProtocolException(ErrorCode.UNSUPPORTED_FORMAT, e.getMessage());
            }
        }
    }

    /**
     * The server's CALL_END reply, sent once the recording is durable: PCM bytes stored u64 and their SHA-256 (32
     * bytes), so the device can verify before deleting its copy.
     */
    public record CallSummary(long audioBytes, byte[] sha256) {
        public byte[] encode() {
            return new PayloadWriter().u64(audioBytes).bytes(sha256).toByteArray();
        }

        public static CallSummary parse(byte[] payload) {
            PayloadReader r = new PayloadReader(FrameType.CALL_END, payload);
            return new CallSummary(r.u64(), r.bytes(32));
        }

        public String sha256Hex() {
            return HexFormat.of().formatHex(sha256);
        }
    }
}
