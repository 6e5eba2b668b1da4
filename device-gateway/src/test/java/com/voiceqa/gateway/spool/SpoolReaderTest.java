package com.voiceqa.gateway.spool;

import com.voiceqa.core.ChannelLayout;
import com.voiceqa.core.StreamFormat;
import com.voiceqa.core.events.CallMetadata;
import com.voiceqa.core.events.CallSource;
import com.voiceqa.core.id.CallId;
import com.voiceqa.core.id.CallKey;
import com.voiceqa.core.id.DeviceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading an open call's spool while it grows: every appended record once, in order, never one being written. */
class SpoolReaderTest {

    private static final CallKey KEY = new CallKey(new DeviceId("badge-9"), new CallId("growing"));

    @TempDir
    Path data;

    @Test
    void readsEachAppendedRecordOnceAndNeverTheOneBeingWritten() throws IOException {
        SpoolStore store = new SpoolStore(data, 0);
        CallSpool spool = store.create(new CallMetadata(KEY, "", "", CallSource.PHONE,
                new StreamFormat(16000, ChannelLayout.MONO), Instant.now(), false));
        SpoolReader reader = spool.reader();
        assertTrue(reader.next(1 << 20).isEmpty(), "nothing recorded yet");
        for (int seq = 1; seq <= 3; seq++) {
            store.append(spool, seq, ByteBuffer.wrap(record(seq, 100)));
        }
        List<byte[]> first = reader.next(150);
        assertEquals(2, first.size(), "a batch stops after the record that reaches its size");
        assertArrayEquals(record(1, 100), first.get(0));
        assertArrayEquals(record(2, 100), first.get(1));

        // record 4 half-written: its header and part of its audio are in the file, the spool has not counted it
        Files.write(data.resolve("spool/badge-9/growing/audio.spool"),
                ByteBuffer.allocate(20).putInt(4).putInt(100).putInt(0).array(), StandardOpenOption.APPEND);
        List<byte[]> rest = reader.next(1 << 20);
        assertEquals(1, rest.size(), "only record 3: the one being written is left alone");
        assertArrayEquals(record(3, 100), rest.get(0));
        assertTrue(reader.next(1 << 20).isEmpty());
        assertEquals(3, reader.sequence());

        store.finish(spool);
        assertThrows(IOException.class, () -> reader.next(1 << 20), "a finished spool is gone, said so");
    }

    private static byte[] record(int seq, int length) {
        byte[] pcm = new byte[length];
        java.util.Arrays.fill(pcm, (byte) seq);
        return pcm;
    }
}
