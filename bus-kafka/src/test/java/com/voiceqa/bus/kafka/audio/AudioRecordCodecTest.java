package com.voiceqa.bus.kafka.audio;

import com.voiceqa.bus.kafka.MalformedRecordException;
import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.audio.AudioChunk;
import com.voiceqa.core.id.CallId;
import com.voiceqa.core.id.CallKey;
import com.voiceqa.core.id.DeviceId;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AudioRecordCodecTest {

    private static final CallKey CALL = new CallKey(new DeviceId("badge-7"), new CallId("call-1"));

    @Test
    void chunksAndEndsRoundTrip() {
        AudioChunk first = AudioChunk.first(CALL, new StreamFormat(8000, ChannelLayout.REP_CUSTOMER),
                new byte[]{1, 2, 3, 4});
        AudioRecord.Chunk decoded = (AudioRecord.Chunk) AudioRecordCodec.decode(
                AudioRecordCodec.encode(new AudioRecord.Chunk(first)));
        assertEquals(CALL, decoded.call());
        assertEquals(first.format(), decoded.chunk().format());
        assertArrayEquals(first.pcm(), decoded.chunk().pcm());

        AudioChunk later = AudioChunk.next(CALL, 41, new byte[]{9, 9});
        AudioRecord.Chunk next = (AudioRecord.Chunk) AudioRecordCodec.decode(
                AudioRecordCodec.encode(new AudioRecord.Chunk(later)));
        assertEquals(41, next.chunk().sequence());
        assertTrue(next.chunk().format().isEmpty());

        assertEquals(new AudioRecord.End(CALL, 42), AudioRecordCodec.decode(
                AudioRecordCodec.encode(new AudioRecord.End(CALL, 42))));
    }

    @Test
    void damagedRecordsAreRefusedWithAReason() {
        byte[] good = AudioRecordCodec.encode(new AudioRecord.Chunk(AudioChunk.next(CALL, 1, new byte[100])));
        assertRefused(Arrays.copyOf(good, good.length - 1), "but holds 99");
        assertRefused(Arrays.copyOf(good, good.length + 1), "after its end");
        byte[] otherVersion = good.clone();
        otherVersion[0] = 9;
        assertRefused(otherVersion, "version 9");
        byte[] badId = good.clone();
        badId[4] = '/'; // first character of the device id
        assertRefused(badId, "device id");
        assertRefused(new byte[0], "cut short");
        assertRefused(new byte[AudioChunk.MAX_PCM_BYTES + 2048], "exceeds the limit");
        assertRefused(null, "without a value");
    }

    private static void assertRefused(byte[] value, String reason) {
        MalformedRecordException e = assertThrows(MalformedRecordException.class, () -> AudioRecordCodec.decode(value));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
