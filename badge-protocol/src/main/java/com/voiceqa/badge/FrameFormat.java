package com.voiceqa.badge;

import java.nio.ByteBuffer;
import java.util.UUID;
import java.util.zip.CRC32C;

/**
 * The wire layout of a badge frame, shared by the server codec and device-side clients. All integers are unsigned
 * big-endian:
 *
 * <pre>
 * offset size field
 *  0     2    magic 0x5651 ("VQ")
 *  2     1    version (1)
 *  3     1    type
 *  4     16   call id (UUID, most significant byte first; all zero for connection-level frames)
 * 20     4    sequence
 * 24     4    payload length
 * 28     4    CRC32C of bytes 0..27 followed by the payload
 * 32     n    payload
 * </pre>
 */
public final class FrameFormat {

    public static final int MAGIC = 0x5651;
    public static final int VERSION = 1;
    public static final int HEADER_BYTES = 32;
    static final int CRC_OFFSET = 28;

    private FrameFormat() {
    }

    /** Encodes a frame into a new array: header plus payload. */
    public static byte[] encode(BadgeFrame frame) {
        ByteBuffer buf = ByteBuffer.allocate(HEADER_BYTES + frame.payload().length);
        buf.putShort((short) MAGIC)
                .put((byte) VERSION)
                .put((byte) frame.type().code())
                .putLong(frame.callId().getMostSignificantBits())
                .putLong(frame.callId().getLeastSignificantBits())
                .putInt((int) frame.sequence())
                .putInt(frame.payload().length);
        buf.putInt(crc(buf.array(), 0, frame.payload(), 0, frame.payload().length));
        buf.put(frame.payload());
        return buf.array();
    }

    /** CRC32C over the first 28 header bytes and the payload. */
    public static int crc(byte[] header, int headerOffset, byte[] payload, int payloadOffset, int payloadLength) {
        CRC32C crc = new CRC32C();
        crc.update(header, headerOffset, CRC_OFFSET);
        crc.update(payload, payloadOffset, payloadLength);
        return (int) crc.getValue();
    }

    /** The fields of a validated header; the payload is not read yet. */
    public record Header(byte[] bytes, FrameType type, UUID callId, long sequence, int payloadLength) {
    }

    /**
     * Validates a 32-byte header: magic, version, known type, payload length within {@code maxPayload}.
     *
     * @throws ProtocolException with the matching error code
     */
    public static Header parseHeader(byte[] header, int maxPayload) {
        ByteBuffer buf = ByteBuffer.wrap(header, 0, HEADER_BYTES);
        int magic = buf.getShort() & 0xFFFF;
        if (magic != MAGIC) {
            throw new ProtocolException(ErrorCode.BAD_MAGIC, String.format("bad magic 0x%04X, expected 0x%04X", magic, MAGIC));
        }
        int version = buf.get() & 0xFF;
        if (version != VERSION) {
            throw new ProtocolException(ErrorCode.UNSUPPORTED_VERSION,
                    "protocol version " + version + " is not supported; this server speaks version " + VERSION);
        }
        int typeCode = buf.get() & 0xFF;
        FrameType type = FrameType.of(typeCode);
        if (type == null) {
            throw new ProtocolException(ErrorCode.UNKNOWN_TYPE, String.format("unknown frame type 0x%02X", typeCode));
        }
        long most = buf.getLong();
        long least = buf.getLong();
        UUID callId = most == 0 && least == 0 ? BadgeFrame.NO_CALL : new UUID(most, least);
        long sequence = buf.getInt() & 0xFFFF_FFFFL;
        long length = buf.getInt() & 0xFFFF_FFFFL;
        if (length > maxPayload) {
            throw new ProtocolException(ErrorCode.FRAME_TOO_LARGE,
                    "payload of " + length + " bytes exceeds the limit of " + maxPayload + " bytes");
        }
        return new Header(header, type, callId, sequence, (int) length);
    }

    /** Checks the CRC of a header plus its payload and builds the frame. */
    public static BadgeFrame complete(Header header, byte[] payload) {
        int expected = ByteBuffer.wrap(header.bytes()).getInt(CRC_OFFSET);
        int actual = crc(header.bytes(), 0, payload, 0, payload.length);
        if (expected != actual) {
            throw new ProtocolException(ErrorCode.CRC_MISMATCH,
                    String.format("CRC32C mismatch on %s frame: header says 0x%08X, computed 0x%08X", header.type(), expected, actual));
        }
        return new BadgeFrame(header.type(), header.callId(), header.sequence(), payload);
    }
}
