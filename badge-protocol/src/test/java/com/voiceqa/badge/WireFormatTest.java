package com.voiceqa.badge;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bytes of version 1, against vectors computed outside this code (Python's hmac and a bit-wise CRC-32C from
 * docs/device-protocol.md), so that a change to the format cannot pass by changing encoder and decoder together.
 */
class WireFormatTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final UUID CALL = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");
    /** AUDIO, call {@link #CALL}, sequence 7, payload 01 02 03 04. */
    private static final String AUDIO_FRAME =
            "5651" + "01" + "11" + "00112233445566778899aabbccddeeff" + "00000007" + "00000004" + "3169cb29" + "01020304";

    @Test
    void anAudioFrameHasTheDocumentedBytes() {
        byte[] encoded = FrameFormat.encode(new BadgeFrame(FrameType.AUDIO, CALL, 7, new byte[]{1, 2, 3, 4}));
        assertEquals(AUDIO_FRAME, HEX.formatHex(encoded));
    }

    @Test
    void theDocumentedBytesDecodeToTheFrame() {
        byte[] bytes = HEX.parseHex(AUDIO_FRAME);
        byte[] header = Arrays.copyOf(bytes, FrameFormat.HEADER_BYTES);
        FrameFormat.Header parsed = FrameFormat.parseHeader(header, 65_536);
        BadgeFrame frame = FrameFormat.complete(parsed, new byte[]{1, 2, 3, 4});
        assertEquals(FrameType.AUDIO, frame.type());
        assertEquals(CALL, frame.callId());
        assertEquals(7, frame.sequence());
        assertArrayEquals(new byte[]{1, 2, 3, 4}, frame.payload());
    }

    @Test
    void aCorruptedPayloadFailsTheCrc() {
        byte[] header = Arrays.copyOf(HEX.parseHex(AUDIO_FRAME), FrameFormat.HEADER_BYTES);
        FrameFormat.Header parsed = FrameFormat.parseHeader(header, 65_536);
        ProtocolException e = assertThrows(ProtocolException.class,
                () -> FrameFormat.complete(parsed, new byte[]{1, 2, 3, 5}));
        assertEquals(ErrorCode.CRC_MISMATCH, e.code());
    }

    @Test
    void theChallengeAnswerIsTheDocumentedHmac() {
        byte[] secret = "correct-horse-battery-staple".getBytes(StandardCharsets.UTF_8);
        byte[] nonce = new byte[ChallengeResponse.NONCE_BYTES];
        for (int i = 0; i < nonce.length; i++) {
            nonce[i] = (byte) i;
        }
        byte[] answer = ChallengeResponse.answer(secret, nonce, "badge-0001");
        assertEquals("0be4b8443b2ca4e02340b8c1c7d85c8c866b7c1bbe9f9dbe3e873cd86eeccecf", HEX.formatHex(answer));
        assertTrue(ChallengeResponse.verify(secret, nonce, "badge-0001", answer));
        assertFalse(ChallengeResponse.verify(secret, nonce, "badge-0002", answer), "the answer is bound to the device");
    }
}
